package org.sahifa.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import javafx.application.Application;
import org.sahifa.library.DataDirs;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.DateFormatter;
import org.sahifa.ui.settings.SettingsStore;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the JavaFX application with the command-line arguments ({@code --data DIR}). While the toolkit starts,
 * two background threads open the library ({@link LibraryPreload}) and warm up what the window's first frames use
 * (decision 0085), so that this work overlaps the toolkit's start instead of following it on the JavaFX thread.
 */
public final class AppLauncher {

    /**
     * JavaFX's own logger. Started from the single {@code sahifa.jar} on the class path, JavaFX warns on the console
     * that it was not loaded as named modules ("Unsupported JavaFX configuration"); that layout is the one Sahifa
     * ships and tests, so the warning would only alarm users. Errors still show. Held in a field because
     * java.util.logging keeps loggers weakly and would forget the level.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        Path dataDir = options.dataDir() != null ? options.dataDir() : DataDirs.defaultDataDir();
        LibraryPreload.start(dataDir);
        Thread warmUp = new Thread(() -> warmUp(dataDir), "sahifa-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        // Before the toolkit starts and fontconfig reads its font folders (see AppFonts).
        AppFonts.installForShaping();
        Application.launch(SahifaApp.class, args);
    }

    /**
     * Loads and initialises, off the JavaFX thread, the libraries the first window uses: Jackson (settings), ICU's
     * message, plural and date formats with their locale data (the counts and the dates of the rows). Results are
     * thrown away; only the loaded classes and ICU's caches remain. Failures do not matter here.
     */
    static void warmUp(Path dataDir) {
        try {
            new SettingsStore(dataDir).load();
            Instant now = Instant.now();
            for (String tag : List.of("ar@numbers=arab", "ar@numbers=latn", "en@numbers=latn", "en@numbers=arab")) {
                ULocale locale = new ULocale(tag);
                new MessageFormat("{0,plural,one{# x}other{# y}} {1,number,integer}", locale).format(new Object[] {3, 1000});
                DateFormatter dates = new DateFormatter(locale, ZoneId.systemDefault(), false);
                dates.shortDate(now.minusSeconds(7200), now);
                dates.shortDate(now.minusSeconds(86_400L * 400), now);
                dates.longDate(now);
            }
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(AppLauncher.class).debug("Warm-up failed (harmless)", e);
        }
    }
}
