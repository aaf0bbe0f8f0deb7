package org.sahifa.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}: {@link #call(Progress)} runs off the JavaFX thread, the callbacks run
 * on it (or, under {@link CurrentThreadTaskExecutor}, on the caller's thread). Cancelling is cooperative: the work
 * checks {@link Progress#isCancelled()}.
 *
 * @param <T> the result type
 */
public abstract class BackgroundTask<T> {

    /** What the work can report back and ask while it runs. */
    public interface Progress {
        /** Reports {@code done} of {@code total} units and a short message (already translated, or {@code null}). */
        void update(long done, long total, String message);

        /** True once someone cancelled the task; the work should stop soon and return. */
        boolean isCancelled();
    }

    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };

    /** The work itself, off the JavaFX thread. */
    protected abstract T call(Progress progress) throws Exception;

    /** Builds a task from a lambda. */
    public static <T> BackgroundTask<T> of(Work<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>() {
            @Override
            protected T call(Progress progress) throws Exception {
                return work.call(progress);
            }
        };
    }

    /** A lambda-friendly form of {@link #call(Progress)}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    T run(Progress progress) throws Exception {
        return call(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
