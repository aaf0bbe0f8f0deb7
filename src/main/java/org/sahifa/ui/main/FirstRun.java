package org.sahifa.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.common.BackgroundTask;

/**
 * The first run: on an empty library the bundled samples are offered (a question), or loaded at once when the
 * window was started with {@code --load-samples-if-empty} (as {@code ./mvnw javafx:run} does).
 */
final class FirstRun {

    private FirstRun() {
    }

    static void check(MainWindow window, LaunchOptions options) {
        window.executor().execute(BackgroundTask.of(p -> window.library().articles().count())
                .onSuccess(n -> {
                    if (n != 0) {
                        return;
                    }
                    if (options.loadSamplesIfEmpty() || ask(window)) {
                        window.loadSamples();
                    }
                }));
    }

    private static boolean ask(MainWindow window) {
        var i18n = window.i18n();
        ButtonType load = new ButtonType(i18n.get("firstRun.load"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(i18n.get("firstRun.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", load, skip);
        window.scenes().decorate(alert);
        alert.initOwner(window.stage());
        alert.setTitle(i18n.get("firstRun.title"));
        alert.setHeaderText(null);
        // A single-line label: JavaFX's wrapping mis-orders right-to-left text.
        alert.getDialogPane().setContent(new Label(i18n.get("firstRun.message")));
        return alert.showAndWait().filter(b -> b == load).isPresent();
    }
}
