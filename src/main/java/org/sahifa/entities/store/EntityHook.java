package org.sahifa.entities.store;

import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHook;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores the mentions of newly stored articles inside the storing transaction, so an article is never stored
 * without its mentions (a failure rolls the batch back). Recognition, which depends only on the text, is
 * {@linkplain #prepare prepared} ahead when the caller prepares its batch (the import does, on worker threads);
 * otherwise it runs inside the transaction. Deleted articles lose their mentions by cascade.
 */
public final class EntityHook implements ArticleHook {

    private final MentionIndexer indexer;

    public EntityHook(MentionIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Object prepare(ArticleDraft draft) {
        // the store keeps the title stripped; a different stored text is noticed and recognised again
        return indexer.recognize(draft.title() == null ? "" : draft.title().strip(), draft.bodyText());
    }

    @Override
    public void inserted(Connection txn, List<Article> batch) throws SQLException {
        indexer.indexInserted(txn, batch, null);
    }

    @Override
    public void inserted(Connection txn, List<Article> batch, List<Object> prepared) throws SQLException {
        indexer.indexInserted(txn, batch, prepared);
    }

    @Override
    public void committed(List<Article> batch) {
        indexer.committed();
    }
}
