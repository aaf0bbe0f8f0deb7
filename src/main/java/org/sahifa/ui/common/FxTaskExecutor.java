package org.sahifa.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
        handle.future = pool.submit(() -> {
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
        return handle;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    private static final class Handle implements TaskHandle, BackgroundTask.Progress {
        final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
        final AtomicLong pendingDone = new AtomicLong(-1);
        volatile long pendingTotal;
        volatile String pendingMessage;
        volatile boolean cancelled;
        volatile Future<?> future;

        @Override
        public void update(long done, long total, String text) {
            pendingTotal = total;
            pendingMessage = text;
            if (pendingDone.getAndSet(done) == -1) {
                Platform.runLater(() -> {
                    long d = pendingDone.getAndSet(-1);
                    long t = pendingTotal;
                    progress.set(t <= 0 ? -1 : (double) d / t);
                    String m = pendingMessage;
                    if (m != null) {
                        message.set(m);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
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
