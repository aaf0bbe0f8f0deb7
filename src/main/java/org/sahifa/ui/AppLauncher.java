package org.sahifa.ui;

import javafx.application.Application;

/** Starts the JavaFX application with the command-line arguments ({@code --data DIR}). */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(SahifaApp.class, args);
    }
}
