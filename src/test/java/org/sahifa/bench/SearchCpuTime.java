package org.sahifa.bench;

import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Search latency as CPU time of the searching thread, p50/p99, over the benchmark indexes of
 * {@link SearchLatencyBench}: on a shared, overloaded machine wall-clock percentiles mostly measure the wait for
 * a core, the thread's CPU time measures the search. Same queries, options and warm-up as the JMH benchmark.
 * {@code java -cp ... org.sahifa.bench.SearchCpuTime COPIES [ROUNDS]}
 */
public final class SearchCpuTime {

    private SearchCpuTime() {
    }

    /**
     * What the benchmarked queries find, to check that a speed-up leaves results alone: each query's total and a
     * checksum of its hits' ids, scores, snippets and matched words, and one checksum over all.
     */
    static String results(SearchService search) {
        StringBuilder out = new StringBuilder();
        long all = 0;
        for (String[] queries : new String[][] {SearchLatencyBench.ONE_WORD, SearchLatencyBench.TWO_WORDS}) {
            for (String q : queries) {
                SearchResults r = search.search(q, SearchOptions.defaults());
                long h = r.totalHits();
                for (SearchHit hit : r.hits()) {
                    h = h * 31 + Long.hashCode(hit.articleId());
                    h = h * 31 + Float.floatToIntBits(hit.score());
                    h = h * 31 + java.util.Objects.hashCode(hit.snippet());
                    h = h * 31 + hit.matched().hashCode();
                    h = h * 31 + hit.titleMarks().hashCode();
                }
                all = all * 1_000_003 + h;
                out.append(String.format("%s\t%d\t%016x%n", q, r.totalHits(), h));
            }
        }
        return out.append(String.format("results checksum %016x", all)).toString();
    }

    public static void main(String[] args) throws Exception {
        int copies = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Path.of(System.getProperty("sahifa.bench.dir", "/tmp/sahifa-bench")).resolve("index-x" + copies);
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), copies);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SearchService search = SearchService.open(dir, corpus)) {
            search.prepare((done, total) -> { }, () -> false);
            for (String[] queries : new String[][] {SearchLatencyBench.ONE_WORD, SearchLatencyBench.TWO_WORDS}) {
                for (int warm = 0; warm < rounds; warm++) {
                    for (String q : queries) {
                        search.search(q, SearchOptions.defaults());
                    }
                }
                long[] cpu = new long[rounds * queries.length];
                long[] wall = new long[cpu.length];
                int n = 0;
                for (int r = 0; r < rounds; r++) {
                    for (String q : queries) {
                        long c = threads.getCurrentThreadCpuTime();
                        long w = System.nanoTime();
                        search.search(q, SearchOptions.defaults());
                        cpu[n] = threads.getCurrentThreadCpuTime() - c;
                        wall[n++] = System.nanoTime() - w;
                    }
                }
                Arrays.sort(cpu);
                Arrays.sort(wall);
                System.out.printf("%s-word queries, %d articles, %d searches: CPU p50 %.2f ms p99 %.2f ms;"
                                + " wall p50 %.2f ms p99 %.2f ms%n", queries == SearchLatencyBench.ONE_WORD ? "one" : "two",
                        corpus.count(), n, cpu[n / 2] / 1e6, cpu[n * 99 / 100] / 1e6, wall[n / 2] / 1e6,
                        wall[n * 99 / 100] / 1e6);
            }
            System.out.println(results(search));
        }
    }
}
