package org.sahifa.library;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirsTest {

    @Test
    void perOperatingSystem() {
        assertThat(DataDirs.defaultDataDir("Linux", Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/share/sahifa"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/u")).isEqualTo(Path.of("/x/sahifa"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/sahifa"));
        assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Sahifa"));
        assertThat(DataDirs.defaultDataDir("Windows 11", Map.of("APPDATA", "/appdata"), "/u"))
                .isEqualTo(Path.of("/appdata", "Sahifa"));
    }
}
