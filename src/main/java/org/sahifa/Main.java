package org.sahifa;

import org.sahifa.cli.SahifaCommand;

/**
 * Entry point of {@code sahifa.jar}: with a command it runs the command line, without one it opens the window.
 * This class does not extend a JavaFX type, so the shaded jar starts on a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (SahifaCommand.isCommandLine(args)) {
            System.exit(SahifaCommand.run(args));
        }
        org.sahifa.ui.AppLauncher.launch(args);
    }
}
