package org.sahifa.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font Sahifa draws every text with: Amiri (OFL, bundled with its licence), which covers Arabic, Latin,
 * digits and punctuation, so no line ever splits into font-fallback runs (the cause of jumping brackets on Linux).
 */
public final class AppFonts {

    /** The family name the bundled files register under. */
    public static final String FAMILY = "Amiri";

    private static final String[] FILES = {"Amiri-Regular.ttf", "Amiri-Bold.ttf"};
    private static volatile boolean loaded;

    private AppFonts() {
    }

    /** Registers the bundled font files with JavaFX; safe to call more than once. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = AppFonts.class.getResourceAsStream("/org/sahifa/ui/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the class path: " + file);
                }
                if (Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading bundled font " + file, e);
            }
        }
        loaded = true;
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
}
