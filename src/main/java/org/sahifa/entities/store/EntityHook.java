package org.sahifa.entities.store;

import org.sahifa.store.Article;
import org.sahifa.store.ArticleHook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Recognises the names of newly stored articles inside the storing transaction, so an article is never stored
 * without its mentions (a failure rolls the batch back). Deleted articles lose their mentions by cascade.
 */
public final class EntityHook implements ArticleHook {

    private final MentionIndexer indexer;

    public EntityHook(MentionIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void inserted(Connection txn, List<Article> batch) throws SQLException {
        indexer.index(txn, batch);
    }
}
