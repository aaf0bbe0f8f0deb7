package org.sahifa.ui;

import org.sahifa.library.Library;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the library on a background thread while JavaFX starts, so that the two overlap instead of following each
 * other (decision 0085): {@link AppLauncher} starts it before the toolkit, the window {@linkplain #take takes} it.
 */
public final class LibraryPreload {

    private record Pending(Path dir, CompletableFuture<Library> library) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private LibraryPreload() {
    }

    /** Starts opening the library in {@code dataDir} on a daemon thread. */
    static void start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        CompletableFuture<Library> library = new CompletableFuture<>();
        Pending previous = PENDING.getAndSet(new Pending(dir, library));
        if (previous != null) {
            previous.library().thenAccept(Library::close);
        }
        Thread t = new Thread(() -> {
            try {
                library.complete(Library.open(dir));
            } catch (Throwable e) {
                library.completeExceptionally(e);
            }
        }, "sahifa-library-open");
        t.setDaemon(true);
        t.start();
    }

    /**
     * A task that gives the library of {@code dataDir}: waits for the one being opened when {@link #start} was
     * called for that folder (once), else opens it. Failures are those of {@link Library#open}.
     */
    public static Callable<Library> take(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Pending pending = PENDING.get();
        if (pending == null || !pending.dir().equals(dir) || !PENDING.compareAndSet(pending, null)) {
            return () -> Library.open(dir);
        }
        return () -> {
            try {
                return pending.library().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        };
    }
}
