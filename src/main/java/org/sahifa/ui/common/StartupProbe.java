package org.sahifa.ui.common;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports, once, how long the window took from the start of the JVM to the first rendered article row, when the
 * system property {@code sahifa.startupReport} is set (used for docs/performance.md). Prints to standard error.
 */
public final class StartupProbe {

    public static final String PROPERTY = "sahifa.startupReport";
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private StartupProbe() {
    }

    /** Marks that the first article row was drawn. */
    public static void firstRowRendered() {
        if (System.getProperty(PROPERTY) == null || !REPORTED.compareAndSet(false, true)) {
            return;
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long ms = System.currentTimeMillis() - start;
        System.err.println("sahifa-startup: first article row rendered " + ms + " ms after JVM start");
        if (Boolean.getBoolean(PROPERTY + ".exit")) {
            javafx.application.Platform.exit();
        }
    }
}
