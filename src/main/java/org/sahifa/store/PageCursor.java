package org.sahifa.store;

/**
 * A keyset position in the newest-first order (sort time descending, then id descending): the next page starts
 * after this row. Stable while articles are inserted or deleted, and as fast on page 1000 as on page 1.
 */
public record PageCursor(long sortTime, long id) {
}
