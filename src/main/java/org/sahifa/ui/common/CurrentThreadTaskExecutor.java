package org.sahifa.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs each task to the end on the calling thread, callbacks included: for view-model tests, which then need no
 * JavaFX toolkit and no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        handle.running.set(true);
        try {
            T result = task.run(handle);
            handle.running.set(false);
            if (handle.cancelled) {
                task.cancelled();
            } else {
                task.succeeded(result);
            }
        } catch (Exception e) {
            handle.running.set(false);
            task.failed(e);
        }
        return handle;
    }

    @Override
    public void shutdown() {
    }

    private static final class Handle implements TaskHandle, BackgroundTask.Progress {
        final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
        volatile boolean cancelled;

        @Override
        public void update(long done, long total, String text) {
            progress.set(total <= 0 ? -1 : (double) done / total);
            if (text != null) {
                message.set(text);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
