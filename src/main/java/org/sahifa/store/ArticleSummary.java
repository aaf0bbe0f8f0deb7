package org.sahifa.store;

import java.time.Instant;

/**
 * An article as a list shows it: no body, only its first characters.
 *
 * @param excerpt the beginning of the plain body (at most {@link ArticleStore#EXCERPT_LENGTH} characters)
 * @param sortTime the listing key: published time, or {@link ArticleStore#UNDATED_SORT_TIME} when unknown
 */
public record ArticleSummary(long id, String title, String source, String author, Instant published,
                             Instant fetched, boolean read, boolean bookmarked, String excerpt, Instant sortTime) {

    /** The keyset position right after this row, for {@link ArticleStore#page(ArticleFilter, PageCursor, int)}. */
    public PageCursor cursor() {
        return new PageCursor(sortTime.toEpochMilli(), id);
    }
}
