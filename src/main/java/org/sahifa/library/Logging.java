package org.sahifa.library;

import java.nio.file.Path;

/**
 * Points the log file at the library folder: {@code <data>/logs/sahifa.log} (see logback.xml). Must run before the
 * first logger is created, i.e. first thing in {@code main}.
 */
public final class Logging {

    /** The system property logback.xml reads. */
    public static final String LOG_DIR_PROPERTY = "sahifa.logDir";

    private Logging() {
    }

    /** Sets the log folder for {@code dataDir} (or the default data folder when {@code null}), unless already set. */
    public static void configure(Path dataDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            return;
        }
        Path dir = dataDir != null ? dataDir : DataDirs.defaultDataDir();
        System.setProperty(LOG_DIR_PROPERTY, dir.toAbsolutePath().normalize().resolve("logs").toString());
    }
}
