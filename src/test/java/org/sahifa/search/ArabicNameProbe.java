package org.sahifa.search;

import org.sahifa.library.Library;
import org.sahifa.text.ArabicNormalizer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Report (not a test): for each Arabic word or pair {@code a[=b]} of the arguments, how the library's name statistics
 * read it, and for {@code a=b} whether the library's context calls the two one name.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.ArabicNameProbe LIBRARY_DIR WORD…}
 */
public final class ArabicNameProbe {

    private ArabicNameProbe() {
    }

    public static void main(String[] args) throws IOException {
        try (Library library = Library.open(Path.of(args[0]))) {
            library.search().withColdLibrary(l -> {
                NameWords n = l.names();
                for (int i = 1; i < args.length; i++) {
                    String[] f = args[i].split("=");
                    for (String w : f) {
                        String a = ArabicNormalizer.normalize(w).strip();
                        System.out.printf("%s: name %b readsAsName %b common %b tagged %d articles %d twoWord %b"
                                        + " country %b lexicon %b withArticle %d written %d%n", a, n.isName(a), n.readsAsName(a),
                                NameWords.isCommonWord(a), n.taggedCount(a), n.articleCount(a),
                                a.indexOf(' ') > 0 && n.isTwoWordName(a), n.lexicon().isCountry(a),
                                n.lexicon().contains(a), n.articleCount("\u0627\u0644" + a), l.writtenArticles(a));
                    }
                    if (f.length == 2) {
                        String a = ArabicNormalizer.normalize(f[0]).strip();
                        String b = ArabicNormalizer.normalize(f[1]).strip();
                        System.out.printf("  %s=%s sameName %b vowelPair %b%n", a, b, l.sameName(a, b),
                                SpellingContext.vowelLetterPair(a, b));
                    }
                }
                return null;
            });
        }
    }
}
