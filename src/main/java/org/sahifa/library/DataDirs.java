package org.sahifa.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a library lives when {@code --data} does not say: the operating system's per-user data folder.
 * Linux and other Unix: {@code $XDG_DATA_HOME/sahifa}, or {@code ~/.local/share/sahifa}; Windows:
 * {@code %APPDATA%\Sahifa}; macOS: {@code ~/Library/Application Support/Sahifa}.
 */
public final class DataDirs {

    private DataDirs() {
    }

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Sahifa");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", "Sahifa");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "sahifa");
        }
        return Path.of(home, ".local", "share", "sahifa");
    }
}
