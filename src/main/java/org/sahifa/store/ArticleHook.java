package org.sahifa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Work that must follow every change to the stored articles, whatever path made it (file import, feed refresh,
 * delete). The entities layer writes its mentions inside the transaction; the search index updates after commit.
 * Hooks are registered when the library opens and called in registration order.
 *
 * <p>Work that depends only on an article's text can be done ahead, outside the transaction: {@link #prepare} is
 * called for each draft before its batch is stored (by the import, on worker threads, while the previous batch is
 * being stored), and what it returns is handed to {@link #inserted(Connection, List, List)} with the article.
 */
public interface ArticleHook {

    /**
     * Work on one draft before it is stored, outside any transaction and possibly on several threads at once; it
     * must not touch the database. Its result reaches {@link #inserted(Connection, List, List)} for the article
     * stored from this draft (not for a duplicate). Return {@code null} when there is nothing to prepare; a
     * throwing call counts as {@code null} (the work is then done, or fails, inside the transaction).
     */
    default Object prepare(ArticleDraft draft) {
        return null;
    }

    /** Inside the storing transaction, right after {@code batch} was inserted; throwing rolls the batch back. */
    default void inserted(Connection txn, List<Article> batch) throws SQLException {
    }

    /**
     * Like {@link #inserted(Connection, List)}, with what {@link #prepare} returned for each article of the batch
     * ({@code prepared.get(i)} for {@code batch.get(i)}; {@code null} where nothing was prepared). The default
     * ignores {@code prepared}.
     */
    default void inserted(Connection txn, List<Article> batch, List<Object> prepared) throws SQLException {
        inserted(txn, batch);
    }

    /** After the transaction that inserted {@code batch} committed. */
    default void committed(List<Article> batch) {
    }

    /**
     * After a run of stores ended (an import finished or stopped): a hook that defers work across batches (the
     * search index commits at intervals) makes it durable now.
     */
    default void flush() {
    }

    /** After articles were deleted and the deletion committed. */
    default void deleted(List<Long> ids) {
    }

    /** After the read or bookmark state of articles changed and the change committed. */
    default void stateChanged(List<Long> ids) {
    }
}
