package org.sahifa.ui.common;

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
            if (handle.cancelled) { // as FxTaskExecutor: work that stopped because it was cancelled is cancelled
                task.cancelled();
            } else {
                task.failed(e);
            }
        }
        return handle;
    }

    @Override
    public void shutdown() {
    }

    private static final class Handle extends PropertyTaskHandle {

        @Override
        public void update(long done, long total, String text) {
            show(done, total, text);
        }
    }
}
