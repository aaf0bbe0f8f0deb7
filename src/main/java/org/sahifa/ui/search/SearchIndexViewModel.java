package org.sahifa.ui.search;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.common.TaskHandle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The search index as the window sees it: whether it is ready, and while it is opened, built or brought up to date
 * (the first search of a new library, a new analysis version, articles the index missed) how far that got, with a
 * way to stop it, and what the first query would load then ({@link SearchBackend#warmUp}) loaded now (decision 0238). One preparation runs at a time, off the JavaFX thread; searches that need the index
 * wait for it here ({@link #whenReady}) instead of blocking a worker thread on the index's lock.
 */
public final class SearchIndexViewModel {

    private final SearchBackend backend;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");
    private final ReadOnlyBooleanWrapper stopped = new ReadOnlyBooleanWrapper(this, "stopped");
    private final ReadOnlyLongWrapper done = new ReadOnlyLongWrapper(this, "done", -1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final List<Waiter> waiters = new ArrayList<>();
    /** The running preparation, or {@code null}. */
    private Run current;

    public SearchIndexViewModel(SearchBackend backend, TaskExecutor executor) {
        this.backend = backend;
        this.executor = executor;
    }

    /** True once a preparation found the index up to date (or brought it there) and nothing changed it since. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while a preparation runs. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** True when the last preparation was stopped by the user (the next search starts it again). */
    public ReadOnlyBooleanProperty stoppedProperty() {
        return stopped.getReadOnlyProperty();
    }

    /** Articles indexed so far by the running preparation, or -1 before it reported any. */
    public ReadOnlyLongProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Articles the running preparation has to index in all, or -1 while unknown (the index is being opened). */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Starts a preparation unless the index is ready or one runs already. */
    public void prepare() {
        if (ready.get() || current != null) {
            return;
        }
        Run run = new Run();
        current = run;
        stopped.set(false);
        done.set(-1);
        total.set(-1);
        preparing.set(true);
        TaskHandle handle = executor.execute(BackgroundTask.<Void>of(p -> {
            if (backend.needsPreparation()) {
                backend.prepare((d, t) -> p.update(d, t, null), () -> run.stop || p.isCancelled());
            }
            if (!run.stop && !p.isCancelled()) {
                backend.warmUp(); // before the user's first query, not during it
            }
            return null;
        }).onSuccess(v -> finish(run, true, null))
                .onFailure(e -> finish(run, false, e instanceof CancellationException ? null : e))
                .onCancelled(() -> finish(run, false, null)));
        run.handle = handle;
        if (current == run) { // still running (an executor that runs at once has finished it already)
            handle.workDoneProperty().addListener((o, a, n) -> {
                if (current == run) {
                    done.set(n.longValue());
                }
            });
            handle.totalWorkProperty().addListener((o, a, n) -> {
                if (current == run) {
                    total.set(n.longValue());
                }
            });
            if (run.stop) {
                handle.cancel();
            }
        }
    }

    /**
     * Runs {@code onReady} once the index is ready (now, if it is), starting a preparation if none runs; when the
     * preparation fails or is stopped, runs {@code onFailed} with the error ({@code null} when stopped) instead.
     */
    public void whenReady(Runnable onReady, java.util.function.Consumer<Throwable> onFailed) {
        if (ready.get()) {
            onReady.run();
            return;
        }
        waiters.add(new Waiter(onReady, onFailed));
        prepare();
    }

    /** Stops the running preparation (a catch-up keeps what it committed; a rebuild starts over next time). */
    public void stop() {
        Run run = current;
        if (run == null) {
            return;
        }
        run.stop = true;
        if (run.handle != null) {
            run.handle.cancel();
        }
    }

    /**
     * The library changed in a way the index may not have followed yet (an import): the next search asks again
     * whether the index needs preparing (cheap when it does not).
     */
    public void invalidate() {
        if (current == null) {
            ready.set(false);
        }
    }

    private void finish(Run run, boolean ok, Throwable error) {
        if (current != run) {
            return;
        }
        current = null;
        preparing.set(false);
        ready.set(ok);
        stopped.set(!ok && error == null);
        List<Waiter> now = List.copyOf(waiters);
        waiters.clear();
        for (Waiter w : now) {
            if (ok) {
                w.onReady().run();
            } else {
                w.onFailed().accept(error);
            }
        }
    }

    private record Waiter(Runnable onReady, java.util.function.Consumer<Throwable> onFailed) {
    }

    /** One preparation; {@code stop} also reaches work that runs before its handle is known. */
    private static final class Run {
        volatile boolean stop;
        TaskHandle handle;
    }
}
