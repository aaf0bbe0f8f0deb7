package org.sahifa.cli;

import org.sahifa.search.IndexProgress;

import java.io.PrintWriter;

/** Prints an index build's progress on stderr, a line per tenth of the articles (reindex, a search that builds). */
final class IndexingPrinter {

    private IndexingPrinter() {
    }

    static IndexProgress to(PrintWriter err) {
        int[] lastPercent = {-1};
        return (done, total) -> {
            int percent = total == 0 ? 100 : (int) (100 * done / total);
            if (percent / 10 != lastPercent[0] / 10) {
                err.printf("Indexing: %d of %d articles%n", done, total);
                err.flush();
                lastPercent[0] = percent;
            }
        };
    }
}
