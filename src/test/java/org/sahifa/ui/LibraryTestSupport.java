package org.sahifa.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;

import java.nio.file.Path;

/**
 * Base of the view-model tests: a temporary folder for a real library, and the library the test opened in it,
 * closed after each test whatever happened.
 */
public abstract class LibraryTestSupport {

    @TempDir
    protected Path dir;

    /** The library under test; a test assigns it (usually from {@link TestLibraries}). */
    protected Library library;

    @AfterEach
    void closeLibrary() {
        if (library != null) {
            library.close();
        }
    }
}
