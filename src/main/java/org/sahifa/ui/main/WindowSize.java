package org.sahifa.ui.main;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows the main window at the size it should have (the saved one, or the default) and with its minimum size.
 * Under a window manager on Linux (seen with openbox), JavaFX 21's GTK glass shows a new window at its built-in
 * 200×200 and drops the scene's size: the requested size arrives for a moment and is then replaced by 200×200
 * again. So the size is given to the stage itself (the window with its frame, which is also what is saved), and
 * while the window settles it is asked again whenever the window manager's answer differs from it (decision
 * 0095). The user's own resizing starts after that.
 */
public final class WindowSize {

    /** The smallest window every view is laid out for without cutting a label (decision 0096). */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    /** How long after showing the window manager's size changes are answered with the requested size. */
    static final Duration SETTLE = Duration.millis(1500);
    private static final int MAX_REQUESTS = 8;

    private WindowSize() {
    }

    /**
     * Shows {@code stage} at {@code width}×{@code height} (at least the minimum), maximised if asked; runs
     * {@code settled} once the window has its size, on the JavaFX thread.
     */
    public static void show(Stage stage, double width, double height, boolean maximized, Runnable settled) {
        double w = Math.max(MIN_WIDTH, width);
        double h = Math.max(MIN_HEIGHT, height);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setMaximized(maximized);
        int[] requests = {0};
        boolean[] pending = {false};
        InvalidationListener keep = o -> {
            if (stage.isMaximized() || stage.isFullScreen() || pending[0] || requests[0] >= MAX_REQUESTS
                    || (near(stage.getWidth(), w) && near(stage.getHeight(), h))) {
                return;
            }
            pending[0] = true;
            requests[0]++;
            Platform.runLater(() -> {
                pending[0] = false;
                if (!stage.isMaximized() && !(near(stage.getWidth(), w) && near(stage.getHeight(), h))) {
                    stage.setWidth(w);
                    stage.setHeight(h);
                }
            });
        };
        stage.widthProperty().addListener(keep);
        stage.heightProperty().addListener(keep);
        stage.show();
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            stage.widthProperty().removeListener(keep);
            stage.heightProperty().removeListener(keep);
            if (!stage.isMaximized() && !(near(stage.getWidth(), w) && near(stage.getHeight(), h))
                    && requests[0] < MAX_REQUESTS) {
                stage.setWidth(w);
                stage.setHeight(h);
            }
            settled.run();
        });
        wait.play();
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1.5;
    }
}
