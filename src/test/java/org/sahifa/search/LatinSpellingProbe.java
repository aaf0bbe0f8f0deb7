package org.sahifa.search;

import org.sahifa.library.Library;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.LatinReadings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Report (not a test): for each Latin word {@code latin[=arabic,arabic…]} of the arguments, what the lists and the
 * learned model give in a library, and how the model and the library judge the Arabic spellings named.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.LatinSpellingProbe LIBRARY_DIR WORD…}
 */
public final class LatinSpellingProbe {

    private LatinSpellingProbe() {
    }

    public static void main(String[] args) throws IOException {
        try (Library library = Library.open(Path.of(args[0]))) {
            SearchService search = library.search();
            search.withColdLibrary(l -> {
                LatinReadings model = LearnedSpellings.readings();
                double margin = LearnedSpellings.model().margin(LearnedSpellings.FOUND);
                for (double q : new double[] {0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995}) {
                    System.out.printf("margin %.3f = %.2f%n", q, LearnedSpellings.model().margin(q));
                }
                System.out.println("heads " + l.names().lexicon().placeHeads());
                for (int i = 1; i < args.length; i++) {
                    String[] f = args[i].split("=");
                    String latin = ArabicNormalizer.normalize(f[0]);
                    List<String> related = NameForms.related(latin, l.names());
                    System.out.printf("%s: best %.2f (floor %.2f) listed %s learned %s%n  generated %s%n", latin,
                            model.best(latin), model.best(latin) - margin, related,
                            l.learnedSpellings(latin, related), model.generate(latin, 8));
                    LearnedSpellings.arabicNames(l, latin, false).forEach((a, sc) -> System.out.printf(
                            "  arabic name %s %.2f gap %.2f strong %b%n", a, sc, model.best(latin) - sc,
                            l.names().isStrongName(a)));
                    try {
                        var prior = LatinReadings.class.getDeclaredMethod("arabicPrior", String.class);
                        prior.setAccessible(true);
                        System.out.printf("  arabic prior %.2f%n", (double) prior.invoke(model, latin));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    if (f.length > 1) {
                        for (String a : f[1].split(",")) {
                            String ar = ArabicNormalizer.normalize(a);
                            System.out.printf("  %s score %.2f strong %b nameLike %b tagged %d articles %d written %d%n",
                                    ar, LearnedSpellings.score(model, latin, ar), l.names().isStrongName(ar),
                                    l.names().isNameLike(ar), l.names().taggedCount(ar), l.names().articleCount(ar),
                                    l.writtenArticles(ar));
                            System.out.printf("    headed %d native %s%n",
                                    l.articlesAfter(l.names().lexicon().placeHeads(), ar),
                                    LatinNativeNames.of(l, latin));
                        }
                    }
                }
                return null;
            });
        }
    }
}
