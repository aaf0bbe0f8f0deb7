package org.sahifa.bench;

import org.sahifa.search.SearchService;

import java.nio.file.Path;

/**
 * Builds (or completes) the benchmark index for {@link SearchLatencyBench} outside JMH, printing the indexing
 * rate: {@code java -cp ... org.sahifa.bench.BuildBenchIndex COPIES [DIR]}.
 */
public final class BuildBenchIndex {

    private BuildBenchIndex() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("sahifa.bench.dir", "/tmp/sahifa-bench"))
                .resolve("index-x" + copies);
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), copies);
        long start = System.nanoTime();
        try (SearchService search = SearchService.open(dir, corpus)) {
            long[] last = {0};
            search.prepare((done, total) -> {
                if (done - last[0] >= 10_000 || done == total) {
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf("indexed %d of %d in %.0f s (%.0f articles/s)%n", done, total, s, done / s);
                    last[0] = done;
                }
            }, () -> false);
            // as the library leaves an index after a rebuild (the app and the command line merge next, decision 0233)
            long merge = System.nanoTime();
            if (search.mergeSegments(() -> false)) {
                System.out.printf("merged the index in %.1f s%n", (System.nanoTime() - merge) / 1e9);
            }
        }
        System.out.printf("index ready in %.1f s at %s%n", (System.nanoTime() - start) / 1e9, dir);
    }
}
