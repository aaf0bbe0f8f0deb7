package org.sahifa.store;

import java.util.List;

/**
 * One page of a keyset listing.
 *
 * @param items the rows, newest first
 * @param next  where the following page starts, or {@code null} when this was the last page
 */
public record ArticlePage(List<ArticleSummary> items, PageCursor next) {

    public ArticlePage {
        items = List.copyOf(items);
    }
}
