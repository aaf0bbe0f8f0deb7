package org.sahifa;

import org.sahifa.cli.SahifaCommand;
import org.sahifa.library.Logging;

/**
 * Entry point of {@code sahifa.jar}: with a command it runs the command line, without one it opens the window
 * (on the library {@code --data DIR} names, if given). This class does not extend a JavaFX type, so the shaded jar
 * starts on a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure(SahifaCommand.dataArgument(args)); // before the first logger exists
        if (SahifaCommand.isCommandLine(args)) {
            System.exit(SahifaCommand.run(args));
        }
        org.sahifa.ui.AppLauncher.launch(args);
    }
}
