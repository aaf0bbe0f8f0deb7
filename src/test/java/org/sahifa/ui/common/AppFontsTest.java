package org.sahifa.ui.common;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled fonts end up where fontconfig, and so JavaFX's Pango, finds them (decision 0086). */
class AppFontsTest {

    @Test
    void theBundledFilesAreCopiedToTheUsersFontFolderAndFontconfigListsTheFamily() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        Path dir = AppFonts.installForShaping();
        assertThat(dir).isEqualTo(AppFonts.userFontDir());
        for (String resource : AppFonts.resources()) {
            Path copy = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(Files.readAllBytes(copy)).as(copy.toString()).isEqualTo(in.readAllBytes());
            }
        }
        assertThat(AppFonts.installForShaping()).as("a second call changes nothing").isEqualTo(dir);
        Process fcList;
        try {
            fcList = new ProcessBuilder("fc-list", ":", "family").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "fc-list is not installed");
            return;
        }
        String families = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fcList.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(families).contains(AppFonts.FAMILY);
    }
}
