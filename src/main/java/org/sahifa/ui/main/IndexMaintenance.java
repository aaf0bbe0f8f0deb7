package org.sahifa.ui.main;

import org.sahifa.library.Library;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.common.TaskHandle;

import java.util.function.Consumer;

/**
 * The window's upkeep of the search index (decision record 0233): after the index was built, after an import and
 * after a feed refresh, merges it into few segments when enough articles were added since its last merge — in a
 * background task (never on the JavaFX thread), one at a time; searches and imports go on meanwhile, and closing
 * the window drops a merge under way (the index keeps its segments). {@code merging} hears {@code true} when a
 * merge starts and {@code false} when it ends (the status line says so meanwhile).
 */
final class IndexMaintenance {

    private final Library library;
    private final TaskExecutor executor;
    private final Consumer<Boolean> merging;
    private TaskHandle running;

    IndexMaintenance(Library library, TaskExecutor executor, Consumer<Boolean> merging) {
        this.library = library;
        this.executor = executor;
        this.merging = merging;
    }

    /** Starts a merge when one is due and none runs (on the JavaFX thread; the check itself runs in the background). */
    void mergeIfDue() {
        if (running != null && running.runningProperty().get()) {
            return;
        }
        TaskHandle[] self = new TaskHandle[1];
        running = executor.execute(BackgroundTask.of(p -> {
            if (!library.searchIndexMergeDue()) {
                return false;
            }
            p.update(0, 1, null); // the window shows the merge from here on
            return library.mergeSearchIndex(p::isCancelled);
        }).onSuccess(merged -> ended(self[0])).onFailure(e -> ended(self[0])).onCancelled(() -> ended(self[0])));
        self[0] = running;
        if (running.runningProperty().get()) {
            running.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() >= 0 && self[0].runningProperty().get()) {
                    merging.accept(true);
                }
            });
        }
    }

    private void ended(TaskHandle handle) {
        if (handle != null && handle.progressProperty().get() >= 0) {
            merging.accept(false);
        }
    }

    /** Stops a merge under way (the window closes). */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
