package org.sahifa.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registered {@link ArticleHook}s, called in registration order. A failing after-commit call is logged and
 * does not stop the others (the data is already committed; derived state is rebuilt from the store).
 */
public final class ArticleHooks {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleHooks.class);
    private final List<ArticleHook> hooks = new CopyOnWriteArrayList<>();

    public void register(ArticleHook hook) {
        hooks.add(hook);
    }

    public void unregister(ArticleHook hook) {
        hooks.remove(hook);
    }

    /** How many hooks are registered. */
    public int size() {
        return hooks.size();
    }

    /** Starts every hook's {@link ArticleHook#prepare} for each draft on {@code executor}. */
    PreparedBatch prepare(List<ArticleDraft> drafts, Executor executor) {
        return PreparedBatch.start(drafts, hooks, executor);
    }

    void inserted(Connection txn, List<Article> batch, PreparedBatch prepared, int[] draftIndexes)
            throws SQLException {
        for (ArticleHook h : hooks) {
            if (prepared == null) {
                h.inserted(txn, batch);
            } else {
                h.inserted(txn, batch, prepared.resultsFor(h, draftIndexes));
            }
        }
    }

    void committed(List<Article> batch) {
        for (ArticleHook h : hooks) {
            try {
                h.committed(batch);
            } catch (RuntimeException e) {
                LOG.error("Hook {} failed after commit", h.getClass().getName(), e);
            }
        }
    }

    /** Tells every hook that a run of stores ended ({@link ArticleHook#flush}); a failure is logged. */
    public void flush() {
        for (ArticleHook h : hooks) {
            try {
                h.flush();
            } catch (RuntimeException e) {
                LOG.error("Hook {} failed to flush", h.getClass().getName(), e);
            }
        }
    }

    void deleted(List<Long> ids) {
        for (ArticleHook h : hooks) {
            try {
                h.deleted(ids);
            } catch (RuntimeException e) {
                LOG.error("Hook {} failed after delete", h.getClass().getName(), e);
            }
        }
    }

    void stateChanged(List<Long> ids) {
        for (ArticleHook h : hooks) {
            try {
                h.stateChanged(ids);
            } catch (RuntimeException e) {
                LOG.error("Hook {} failed after a state change", h.getClass().getName(), e);
            }
        }
    }
}
