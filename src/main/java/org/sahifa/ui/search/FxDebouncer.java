package org.sahifa.ui.search;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX timeline. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        });
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
