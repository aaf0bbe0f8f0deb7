package org.sahifa.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.LibraryLockedException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library opened while the toolkit starts is the one the window takes; other folders open as before. */
class LibraryPreloadTest {

    @TempDir
    Path tmp;

    @Test
    void theWindowTakesThePreloadedLibraryOnceAndOtherFoldersOpenDirectly() throws Exception {
        Path data = tmp.resolve("lib");
        LibraryPreload.start(data);
        try (Library preloaded = LibraryPreload.take(data.resolve("..").resolve("lib")).call()) {
            assertThat(preloaded.dataDir()).isEqualTo(data.toAbsolutePath().normalize());
            assertThat(preloaded.articles().count()).isZero();
            // taken once: a second window would open the folder itself (and find it in use)
            assertThatThrownBy(() -> LibraryPreload.take(data).call()).isInstanceOf(LibraryLockedException.class);
            try (Library other = LibraryPreload.take(tmp.resolve("other")).call()) {
                assertThat(other.dataDir()).isEqualTo(tmp.resolve("other").toAbsolutePath().normalize());
            }
        }
    }

    @Test
    void aFailedPreloadFailsTheWindowsOpeningWithTheSameError() throws Exception {
        Path data = tmp.resolve("busy");
        try (Library holder = Library.open(data)) {
            LibraryPreload.start(data);
            assertThatThrownBy(() -> LibraryPreload.take(data).call()).isInstanceOf(LibraryLockedException.class)
                    .hasMessageContaining("in use");
        }
    }
}
