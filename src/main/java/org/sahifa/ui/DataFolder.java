package org.sahifa.ui;

import java.nio.file.Path;
import java.util.Locale;

/** The per-user data folder of the operating system, used when no {@code --data} is given. */
final class DataFolder {

    private DataFolder() {
    }

    static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Sahifa");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Sahifa");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "sahifa");
    }
}
