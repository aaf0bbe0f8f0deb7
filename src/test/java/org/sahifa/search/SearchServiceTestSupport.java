package org.sahifa.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of the tests that search through the service: articles in memory, the index in a temporary folder. */
abstract class SearchServiceTestSupport {

    @TempDir
    Path dir;

    final MemorySource source = new MemorySource();
    SearchService search;

    /** Opens the service over {@link #source} and brings its index up to date. */
    SearchService open() {
        search = SearchService.open(dir.resolve("index"), source);
        search.prepare(IndexProgress.NONE, () -> false);
        return search;
    }

    @AfterEach
    void closeSearch() {
        if (search != null) {
            search.close();
        }
    }
}
