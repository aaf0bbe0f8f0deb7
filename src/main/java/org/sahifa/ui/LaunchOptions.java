package org.sahifa.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window understands on its command line: {@code --data DIR} (the library folder) and
 * {@code --load-samples-if-empty} (load the bundled samples into an empty library, as {@code ./mvnw javafx:run}
 * does on first run).
 *
 * @param dataDir          the folder given with {@code --data}, or {@code null} for the default
 * @param loadSamplesIfEmpty whether to load the samples without asking when the library is empty
 */
public record LaunchOptions(Path dataDir, boolean loadSamplesIfEmpty) {

    /** Parses the arguments; unknown ones are ignored (the CLI has already claimed every command). */
    public static LaunchOptions parse(List<String> args) {
        Path data = null;
        boolean samples = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data") && i + 1 < args.size()) {
                data = Path.of(args.get(++i));
            } else if (a.startsWith("--data=")) {
                data = Path.of(a.substring("--data=".length()));
            } else if (a.equals("--load-samples-if-empty")) {
                samples = true;
            }
        }
        return new LaunchOptions(data, samples);
    }
}
