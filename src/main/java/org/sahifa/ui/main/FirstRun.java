package org.sahifa.ui.main;

import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.common.BackgroundTask;

/** On an empty library: nothing to offer yet beyond import (the bundled samples come with the foundation). */
final class FirstRun {

    private FirstRun() {
    }

    static void check(MainWindow window, LaunchOptions options) {
        window.executor().execute(BackgroundTask.of(p -> window.library().articles().count())
                .onSuccess(n -> {
                    if (n == 0) {
                        window.offerSamples(options.loadSamplesIfEmpty());
                    }
                }));
    }
}
