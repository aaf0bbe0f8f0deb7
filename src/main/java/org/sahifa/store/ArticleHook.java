package org.sahifa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Work that must follow every change to the stored articles, whatever path made it (file import, feed refresh,
 * delete). The entities layer writes its mentions inside the transaction; the search index updates after commit.
 * Hooks are registered when the library opens and called in registration order.
 */
public interface ArticleHook {

    /** Inside the storing transaction, right after {@code batch} was inserted; throwing rolls the batch back. */
    default void inserted(Connection txn, List<Article> batch) throws SQLException {
    }

    /** After the transaction that inserted {@code batch} committed. */
    default void committed(List<Article> batch) {
    }

    /** After articles were deleted and the deletion committed. */
    default void deleted(List<Long> ids) {
    }

    /** After the read or bookmark state of articles changed and the change committed. */
    default void stateChanged(List<Long> ids) {
    }
}
