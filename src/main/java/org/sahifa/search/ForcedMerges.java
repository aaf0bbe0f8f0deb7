package org.sahifa.search;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The index writer's merge policy, which also lets a forced merge (decision record 0233) be cancelled: the merges
 * it hands out for {@code IndexWriter.forceMerge} are recorded until they finish, and {@link #run} aborts them when
 * its {@code cancelled} turns true (Lucene drops an aborted merge and keeps
 * the segments it was merging; searches and writes go on beside a merge all the while).
 */
final class ForcedMerges extends FilterMergePolicy {

    private final List<Tracked> running = new ArrayList<>();

    ForcedMerges(MergePolicy in) {
        super(in);
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                               Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                               MergeContext context) throws IOException {
        MergeSpecification spec = super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        if (spec == null) {
            return null;
        }
        MergeSpecification tracked = new MergeSpecification();
        synchronized (running) {
            for (OneMerge m : spec.merges) {
                Tracked t = new Tracked(m.segments);
                running.add(t);
                tracked.add(t);
            }
        }
        return tracked;
    }

    /** A forced merge, run on the calling thread. */
    @FunctionalInterface
    interface Merge {
        void run() throws IOException;
    }

    /**
     * Runs {@code merge} (an {@code IndexWriter.forceMerge} that waits) on the calling thread while a watcher
     * aborts the forced merges when {@code cancelled} turns true; the forced merge then returns early.
     *
     * @throws CancellationException when cancelled (the index keeps the segments it had)
     */
    void run(Merge merge, BooleanSupplier cancelled) throws IOException {
        java.util.concurrent.atomic.AtomicBoolean aborted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                if (cancelled.getAsBoolean()) {
                    aborted.set(true);
                    abortAll();
                    return;
                }
                synchronized (done) {
                    try {
                        done.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "sahifa-index-merge-watch");
        watcher.setDaemon(true);
        watcher.start();
        try {
            merge.run();
        } catch (IOException | RuntimeException e) {
            if (aborted.get()) { // Lucene reports an aborted forced merge as a failed one
                CancellationException c = new CancellationException("Merging the index cancelled");
                c.initCause(e);
                throw c;
            }
            throw e;
        } finally {
            done.set(true);
            synchronized (done) {
                done.notifyAll();
            }
        }
        if (aborted.get() || cancelled.getAsBoolean()) {
            throw new CancellationException("Merging the index cancelled");
        }
    }

    /** Aborts the forced merges still running (also when the index closes). */
    void abortAll() {
        synchronized (running) {
            for (Tracked t : running) {
                t.setAborted();
            }
        }
    }

    /** A forced merge that says when it is done. */
    private final class Tracked extends OneMerge {
        Tracked(List<SegmentCommitInfo> segments) {
            super(segments);
        }

        @Override
        public void mergeFinished(boolean success, boolean segmentDropped) throws IOException {
            try {
                super.mergeFinished(success, segmentDropped);
            } finally {
                synchronized (running) {
                    running.remove(this);
                }
            }
        }
    }
}
