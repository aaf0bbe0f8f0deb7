package org.sahifa.bench;

import org.sahifa.search.SearchService;

import java.nio.file.Path;

/**
 * Opens a bench index as the library does and lets the library's own maintenance merge it (decision 0233: the
 * step the app and the command line take after a rebuild, a large import, or on an index written before forced
 * merges, which counts every article as added): {@code java -Xmx3g -cp target/test-classes:target/classes:$(cat
 * /tmp/cp.txt) org.sahifa.bench.MergeWithLibrary COPY/index-x10}. Writes into the index: use a copy. Not shipped.
 */
public final class MergeWithLibrary {
    private MergeWithLibrary() {
    }

    public static void main(String[] a) throws Exception {
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), 10);
        try (SearchService search = SearchService.open(Path.of(a[0]), corpus)) {
            search.prepare((d, t) -> { }, () -> false);
            System.out.printf("merge due: %s%n", search.mergeDue());
            long start = System.nanoTime();
            boolean merged = search.mergeSegments(() -> false);
            System.out.printf("merged: %s in %.1f s%n", merged, (System.nanoTime() - start) / 1e9);
        }
    }
}
