package org.sahifa.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A batch of drafts whose hooks' {@link ArticleHook#prepare} work was started ahead of storing, one task per draft
 * on an executor (see {@link ArticleStore#prepare}). {@link ArticleStore#insert(PreparedBatch)} waits for what is
 * still running and hands the results to the hooks inside the storing transaction. A task that failed, or did not
 * run because the batch was {@link #cancel() cancelled} or the executor refused it, leaves {@code null}: the hook
 * then does its work inside the transaction, as without preparation, so the stored result is the same either way.
 */
public final class PreparedBatch {

    private static final Logger LOG = LoggerFactory.getLogger(PreparedBatch.class);

    private final List<ArticleDraft> drafts;
    private final List<ArticleHook> hooks;
    /** [draft][hook]; written by the tasks, read after {@link #done} completed. */
    private final Object[][] results;
    private final CompletableFuture<Void> done;
    private volatile boolean cancelled;

    private PreparedBatch(List<ArticleDraft> drafts, List<ArticleHook> hooks, Executor executor) {
        this.drafts = List.copyOf(drafts);
        this.hooks = List.copyOf(hooks);
        this.results = new Object[drafts.size()][hooks.size()];
        List<CompletableFuture<Void>> tasks = new ArrayList<>(drafts.size());
        if (!hooks.isEmpty()) {
            for (int i = 0; i < this.drafts.size(); i++) {
                int draft = i;
                try {
                    tasks.add(CompletableFuture.runAsync(() -> prepareOne(draft), executor));
                } catch (RejectedExecutionException e) {
                    LOG.debug("Preparing draft {} was refused; it is done while storing", i, e);
                }
            }
        }
        this.done = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
    }

    static PreparedBatch start(List<ArticleDraft> drafts, List<ArticleHook> hooks, Executor executor) {
        return new PreparedBatch(drafts, hooks, executor);
    }

    private void prepareOne(int draft) {
        for (int h = 0; h < hooks.size(); h++) {
            if (cancelled) {
                return;
            }
            try {
                results[draft][h] = hooks.get(h).prepare(drafts.get(draft));
            } catch (RuntimeException e) {
                LOG.debug("Hook {} could not prepare draft {}; it does the work while storing",
                        hooks.get(h).getClass().getName(), draft, e);
            }
        }
    }

    /** The drafts, in order. */
    public List<ArticleDraft> drafts() {
        return drafts;
    }

    /** Drops the work not started yet (for an import that stops); waiting afterwards returns at once. */
    public void cancel() {
        cancelled = true;
    }

    /** True when every task has finished (or was skipped). */
    public boolean isDone() {
        return done.isDone();
    }

    /** Waits for the tasks still running. */
    void await() {
        try {
            done.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            LOG.warn("Preparing a batch failed; the hooks do the work while storing", e);
        }
    }

    /** What {@code hook} prepared for the drafts at {@code draftIndexes} (null where nothing), in that order. */
    List<Object> resultsFor(ArticleHook hook, int[] draftIndexes) {
        int h = hooks.indexOf(hook);
        Object[] out = new Object[draftIndexes.length];
        if (h >= 0 && !cancelled) {
            for (int k = 0; k < draftIndexes.length; k++) {
                out[k] = results[draftIndexes[k]][h];
            }
        }
        return Arrays.asList(out);
    }
}
