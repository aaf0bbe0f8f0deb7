package org.sahifa.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index writes done in call order on one background thread, so that the thread that stores articles can go on
 * with the next batch while the previous one is analysed and added. At most {@code maxPending} writes wait or
 * run at a time: a caller beyond that waits (the index never falls more than that far behind, and memory stays
 * bounded). {@link #await()} waits until every write submitted so far is done; readers, flushes and closing
 * call it first, so a search never sees less than what was submitted before it. A failing write is logged and
 * does not stop the next ones.
 */
final class BackgroundWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWrites.class);

    private final int maxPending;
    private final String threadName;
    private final java.util.ArrayDeque<Runnable> queue = new java.util.ArrayDeque<>();
    private Thread thread;
    private int pending;
    private boolean closed;

    BackgroundWrites(String threadName, int maxPending) {
        this.threadName = threadName;
        this.maxPending = maxPending;
    }

    /** Queues a write; waits while {@code maxPending} writes are pending. After {@link #close()} it runs here. */
    void submit(Runnable write) {
        boolean interrupted = false;
        synchronized (this) {
            while (!closed && pending >= maxPending && Thread.currentThread() != thread) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the write must not be lost: keep waiting, restore the flag after
                }
            }
            if (!closed && Thread.currentThread() != thread) {
                pending++;
                queue.addLast(write);
                if (thread == null) {
                    thread = new Thread(this::drain, threadName);
                    thread.setDaemon(true);
                    thread.start();
                }
                notifyAll();
                write = null;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (write != null) {
            runLogged(write);
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                while (queue.isEmpty()) {
                    if (closed) {
                        thread = null;
                        return;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // only close() ends this thread, after the queue is empty
                    }
                }
                next = queue.peekFirst();
            }
            runLogged(next);
            synchronized (this) {
                queue.pollFirst();
                pending--;
                notifyAll();
            }
        }
    }

    private static void runLogged(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.error("An index write failed; the index will catch up when the library is reopened", e);
        }
    }

    /** Waits until every write submitted so far is done (at once on the writing thread itself). */
    void await() {
        boolean interrupted = false;
        synchronized (this) {
            while (pending > 0 && Thread.currentThread() != thread) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes the pending writes and ends the thread; later writes run on the caller's thread. */
    void close() {
        await();
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }
}
