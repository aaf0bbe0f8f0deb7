package org.sahifa.search;

import org.sahifa.library.Library;
import org.sahifa.text.ArabicNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test) of what deciding spellings a vowel letter apart costs cold, on a library whose names were
 * recognised: the first query after opening the library, and per candidate pair with empty caches (a new index
 * generation) the two context signatures of decision 0125 and the two spellings' full names of decision 0126. The
 * pairs are those of the development variant and confusable sets whose both spellings the library writes and
 * which {@link SpellingContext#vowelLetterPair} makes candidates. CPU time of the thread, and wall time.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.ContextColdCost LIBRARY_DIR [FIRST_QUERY]}
 */
public final class ContextColdCost {

    private ContextColdCost() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String first = args.length > 1 ? args[1] : "دافيد";
        try (Library library = Library.open(Path.of(args[0]))) {
            SearchService search = library.search();
            search.prepare(IndexProgress.NONE, () -> false);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int hits = search.search(first, SearchOptions.defaults()).hits().size();
            System.out.printf("first query after opening («%s», %d hits): CPU %.1f ms, wall %.1f ms%n", first, hits,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
            cpu = threads.getCurrentThreadCpuTime();
            wall = System.nanoTime();
            search.search(first, SearchOptions.defaults());
            System.out.printf("the same query again: CPU %.1f ms, wall %.1f ms%n",
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);

            List<String[]> pairs = pairs(search);
            // warm the code (not the caches: every measurement starts with empty ones)
            for (int i = 0; i < Math.min(10, pairs.size()); i++) {
                String[] p = pairs.get(i);
                search.withColdLibrary(l -> l.sameName(p[0], p[1]));
            }
            long[][] cost = new long[4][pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                String[] p = pairs.get(i);
                long[] one = search.withColdLibrary(l -> {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    l.signature(p[0]);
                    l.signature(p[1]);
                    long c1 = threads.getCurrentThreadCpuTime();
                    long w1 = System.nanoTime();
                    l.fullNames(p[0]);
                    l.fullNames(p[1]);
                    return new long[] {c1 - c0, w1 - w0, threads.getCurrentThreadCpuTime() - c1,
                            System.nanoTime() - w1};
                });
                for (int k = 0; k < 4; k++) {
                    cost[k][i] = one[k];
                }
            }
            String[] what = {"context signatures (0125), CPU", "context signatures (0125), wall",
                    "full names (0126), CPU", "full names (0126), wall"};
            System.out.printf("%d candidate pairs, cold, per pair (both spellings):%n", pairs.size());
            for (int k = 0; k < 4; k++) {
                long[] c = cost[k].clone();
                Arrays.sort(c);
                System.out.printf("  %-34s p50 %.2f ms, p90 %.2f ms, max %.2f ms%n", what[k], c[c.length / 2] / 1e6,
                        c[(int) (c.length * 0.9)] / 1e6, c[c.length - 1] / 1e6);
            }
        }
    }

    /** The candidate pairs of the development sets whose both spellings the library writes. */
    private static List<String[]> pairs(SearchService search) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String file : List.of("name-variants.txt", "name-confusables.txt")) {
            try (InputStream in = ContextColdCost.class.getResourceAsStream("/org/sahifa/text/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] s = line.split("\\|");
                    for (int i = 0; i < s.length; i++) {
                        for (int j = i + 1; j < s.length; j++) {
                            String a = ArabicNormalizer.normalize(s[i]).strip();
                            String b = ArabicNormalizer.normalize(s[j]).strip();
                            if (SpellingContext.vowelLetterPair(a, b) && written(search, a) && written(search, b)) {
                                out.add(new String[] {a, b});
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean written(SearchService search, String w) {
        return search.withColdLibrary(l -> l.writtenArticles(w)) > 0;
    }
}
