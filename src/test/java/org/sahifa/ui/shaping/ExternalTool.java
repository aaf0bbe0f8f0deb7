package org.sahifa.ui.shaping;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether a command-line program the check runs (pango-view, hb-shape) is installed. */
final class ExternalTool {

    private ExternalTool() {
    }

    /** Whether {@code program --version} runs and succeeds on this machine. */
    static boolean available(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
