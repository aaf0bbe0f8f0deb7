package org.sahifa.ui;

import javafx.application.Application;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the JavaFX application with the command-line arguments ({@code --data DIR}). */
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
        Application.launch(SahifaApp.class, args);
    }
}
