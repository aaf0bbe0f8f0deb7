package org.sahifa.search;

import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.library.Library;
import org.sahifa.text.ArabicNormalizer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Diagnostic (not a test): for Arabic words, the evidence search decides on — listed, country, dictionary code,
 * articles, tagged, name, reads as a name — and, for {@code a:b}, whether the library's context makes them one name.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.ArabicWordsReport LIBRARY_DIR WORD... a:b...}
 */
public final class ArabicWordsReport {

    private ArabicWordsReport() {
    }

    public static void main(String[] args) throws IOException {
        try (Library library = Library.open(Path.of(args[0]))) {
            library.search().withColdLibrary(index -> {
                NameWords n = index.names();
                for (int i = 1; i < args.length; i++) {
                    String[] pair = args[i].split(":");
                    if (pair.length == 2) {
                        String a = ArabicNormalizer.normalize(pair[0]);
                        String b = ArabicNormalizer.normalize(pair[1]);
                        System.out.printf("%s ~ %s sameName %s %s%n", a, b, index.sameName(a, b),
                                library.search().readContext(a, b));
                        continue;
                    }
                    String w = ArabicNormalizer.normalize(args[i]);
                    System.out.printf("%s listed %s country %s common %d df %d tagged %d alone %d name %s reads %s twoWord %s group %s%n",
                            w, n.lexicon().contains(w), n.lexicon().isCountrySpelling(w),
                            CommonWords.standard().code(NameFold.fold(w)), n.articleCount(w), n.taggedCount(w),
                            index.writtenArticles(w), n.isName(w), w.indexOf(' ') < 0 && n.readsAsName(w),
                            w.indexOf(' ') > 0 && n.isTwoWordName(w), GroupForms.confirmed(w, index));
                }
                return null;
            });
        }
    }
}
