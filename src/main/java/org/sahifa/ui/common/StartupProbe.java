package org.sahifa.ui.common;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports, once, how long the window took from the start of the JVM to the first rendered article row, when the
 * system property {@code sahifa.startupReport} is set (used for docs/performance.md), with the phases marked on
 * the way ({@link #mark}). Prints to standard error.
 */
public final class StartupProbe {

    public static final String PROPERTY = "sahifa.startupReport";
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final List<String> PHASES = new ArrayList<>();
    private static final String FX_THREAD = "JavaFX Application Thread";

    private StartupProbe() {
    }

    /** Records that startup reached {@code phase} (when the report is on), with the time since JVM start. */
    public static void mark(String phase) {
        if (System.getProperty(PROPERTY) == null || REPORTED.get()) {
            return;
        }
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        synchronized (PHASES) {
            PHASES.add(phase + " " + ms + (FX_THREAD.equals(Thread.currentThread().getName()) ? " (fx cpu " + cpu + ")" : ""));
        }
    }

    /** Marks that the first article row was drawn. */
    public static void firstRowRendered() {
        if (System.getProperty(PROPERTY) == null || !REPORTED.compareAndSet(false, true)) {
            return;
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long ms = System.currentTimeMillis() - start;
        String phases;
        synchronized (PHASES) {
            phases = String.join(", ", PHASES);
        }
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1_000_000;
        }
        System.err.println("sahifa-startup: first article row rendered " + ms + " ms after JVM start"
                + (cpu >= 0 ? ", process CPU " + cpu + " ms" : "")
                + (phases.isEmpty() ? "" : " (phases, ms after JVM start: " + phases + ")"));
        if (Boolean.getBoolean(PROPERTY + ".exit")) {
            javafx.application.Platform.exit();
        }
    }
}
