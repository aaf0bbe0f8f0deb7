package org.sahifa.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one font Sahifa draws every text with: Sahifa Naskh, Noto Naskh Arabic with Noto Serif's Latin and
 * punctuation in one file (OFL, bundled with its licence), so no line splits into font-fallback runs, and with the
 * glyph offsets that JavaFX cannot apply removed, so JavaFX draws every word as HarfBuzz does (decision 0086).
 *
 * <p>On Linux JavaFX shapes text with Pango, which finds a font by family name through fontconfig only: a font
 * loaded from the class path is drawn but not shaped. {@link #load()} therefore first copies the files to the
 * user's font folder ({@code $XDG_DATA_HOME/fonts/sahifa}), where fontconfig finds them, before any text is laid
 * out. The family and file names carry the version of the files, so installs of other versions in the same folder
 * neither overwrite them nor shadow them.
 */
public final class AppFonts {

    /**
     * The version of the derived files (scripts/build-fonts.sh), part of the family and file names: every Sahifa
     * copies its files into the same user font folder, and fontconfig, given two files of one family, may hand
     * Pango either, so an older install's font could be the one this version's text is shaped with (decision 0089).
     */
    public static final int VERSION = 2;
    /** The family name the bundled files register under: "Sahifa Naskh" and the version. */
    public static final String FAMILY = "Sahifa Naskh " + VERSION;
    /** Where the bundled files are on the class path. */
    public static final String RESOURCE_DIR = "/org/sahifa/ui/fonts/";
    private static final String[] FILES = {
        "SahifaNaskh" + VERSION + "-Regular.ttf", "SahifaNaskh" + VERSION + "-Bold.ttf"};
    private static final Logger LOG = LoggerFactory.getLogger(AppFonts.class);
    private static volatile boolean loaded;
    private static volatile boolean installed;

    private AppFonts() {
    }

    /** Makes the bundled fonts known to fontconfig (Linux) and registers them with JavaFX; safe to call again. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        installForShaping();
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                if (Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading bundled font " + file, e);
            }
        }
        loaded = true;
    }

    /**
     * On Linux, copies the bundled files into the user's font folder unless identical files are there already,
     * and returns that folder; elsewhere (JavaFX shapes with the loaded file itself) returns {@code null}. Must run
     * before JavaFX lays out its first complex text, which is when Pango reads the fontconfig setup.
     */
    public static synchronized Path installForShaping() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        Path dir = userFontDir();
        if (installed) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            for (String file : FILES) {
                byte[] bytes;
                try (InputStream in = open(file)) {
                    bytes = in.readAllBytes();
                }
                Path target = dir.resolve(file);
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    Path tmp = Files.createTempFile(dir, file, ".part");
                    Files.write(tmp, bytes);
                    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            installed = true;
        } catch (IOException e) {
            LOG.warn("Could not copy the bundled fonts to {} ({}); Arabic letters may not join correctly", dir,
                    e.toString());
        }
        return dir;
    }

    /** {@code $XDG_DATA_HOME/fonts/sahifa}, or {@code ~/.local/share/fonts/sahifa}: a folder fontconfig reads. */
    static Path userFontDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("fonts").resolve("sahifa");
    }

    /** The class-path names of the bundled files (regular, bold), for checks that draw them another way. */
    public static List<String> resources() {
        return Arrays.stream(FILES).map(f -> RESOURCE_DIR + f).toList();
    }

    /** The regular face at {@code size} points. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, FontWeight.NORMAL, size);
    }

    /** The bold face at {@code size} points. */
    public static Font bold(double size) {
        load();
        return Font.font(FAMILY, FontWeight.BOLD, size);
    }

    private static InputStream open(String file) {
        InputStream in = AppFonts.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("bundled font missing from the class path: " + file);
        }
        return in;
    }
}
