package org.sahifa.search;

import org.sahifa.store.Article;
import org.sahifa.store.ArticleHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Keeps the index in step with the store: stored articles are indexed (committed at intervals and when a run of
 * stores ends, see {@link ArticleIndex#COMMIT_INTERVAL_NANOS}), deleted ones removed. A failure is logged and never undoes the store's change: the index notices the difference the
 * next time it opens and catches up.
 */
final class IndexHook implements ArticleHook {

    private static final Logger LOG = LoggerFactory.getLogger(IndexHook.class);

    private final ArticleIndex index;

    IndexHook(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public void committed(List<Article> batch) {
        try {
            index.indexLater(batch); // analysed and added behind the storing thread (decision record 0012)
        } catch (RuntimeException e) {
            LOG.error("Could not index {} articles; the index will catch up when the library is reopened",
                    batch.size(), e);
        }
    }

    @Override
    public void flush() {
        try {
            index.flush();
        } catch (RuntimeException e) {
            LOG.error("Could not commit the search index; it will catch up when the library is reopened", e);
        }
    }

    @Override
    public void deleted(List<Long> ids) {
        try {
            index.delete(ids);
        } catch (RuntimeException e) {
            LOG.error("Could not remove {} articles from the index; it will catch up when the library is reopened",
                    ids.size(), e);
        }
    }
}
