package org.sahifa.cli;

import org.sahifa.library.Library;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The command line's end of a run that added many articles (import, reindex, a search that rebuilt the index):
 * merges the search index down to few segments when it is due (decision record 0233), saying so on stderr.
 */
final class IndexMerge {

    private IndexMerge() {
    }

    /** Merges when due; returns the seconds it took (0 when nothing was due). */
    static double mergeIfDue(Library library, PrintWriter err) {
        if (!library.searchIndexMergeDue()) {
            return 0;
        }
        err.println("Merging the search index into fewer segments (faster searches)…");
        err.flush();
        long start = System.nanoTime();
        library.mergeSearchIndex(() -> Thread.currentThread().isInterrupted());
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "Merged the search index in %.1f s%n", seconds);
        err.flush();
        return seconds;
    }
}
