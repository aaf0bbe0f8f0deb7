package org.sahifa.ui.common;

/**
 * Runs {@link BackgroundTask}s off the JavaFX thread. The application uses {@link FxTaskExecutor}; view-model
 * tests use {@link CurrentThreadTaskExecutor}, which runs everything at once on the caller's thread.
 */
public interface TaskExecutor {

    /** Starts {@code task} and returns a handle to follow or cancel it. */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting work and interrupts what runs; called when the window closes. */
    void shutdown();
}
