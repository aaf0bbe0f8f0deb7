package org.sahifa.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs tasks on a small pool of daemon threads and delivers progress and results on the JavaFX thread.
 * Progress updates are coalesced: at most one pending update is queued to the JavaFX thread at a time.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sahifa-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        handle.running.set(true);
        try {
            handle.future = submit(task, handle);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window has closed (a debounced search can still fire after it): nothing more is started.
            handle.running.set(false);
            handle.cancelled = true;
            LOG.debug("task not started: the executor is shut down");
        }
        return handle;
    }

    private <T> Future<?> submit(BackgroundTask<T> task, Handle handle) {
        return pool.submit(() -> {
            try {
                T result = task.run(handle);
                Platform.runLater(() -> {
                    handle.running.set(false);
                    if (handle.cancelled) {
                        task.cancelled();
                    } else {
                        task.succeeded(result);
                    }
                });
            } catch (Throwable e) {
                if (!handle.cancelled) {
                    LOG.warn("background task failed", e);
                }
                Platform.runLater(() -> {
                    handle.running.set(false);
                    if (handle.cancelled) {
                        task.cancelled();
                    } else {
                        task.failed(e);
                    }
                });
            }
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    private static final class Handle extends PropertyTaskHandle {
        final AtomicLong pendingDone = new AtomicLong(-1);
        volatile long pendingTotal;
        volatile String pendingMessage;
        volatile Future<?> future;

        @Override
        public void update(long done, long total, String text) {
            pendingTotal = total;
            pendingMessage = text;
            if (pendingDone.getAndSet(done) == -1) {
                Platform.runLater(() -> show(pendingDone.getAndSet(-1), pendingTotal, pendingMessage));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
        }
    }
}
