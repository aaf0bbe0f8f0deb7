package org.sahifa.ui.articles;

import org.sahifa.store.ArticleSummary;

import java.time.Instant;
import java.util.List;

/**
 * One row of the article list.
 *
 * @param id         the article id
 * @param title      the headline
 * @param source     the source, or {@code null}
 * @param published  when it was published, or {@code null} when unknown (never the import time)
 * @param read       whether it was read
 * @param bookmarked whether it is bookmarked
 * @param snippet    for search results, the passage around the match; otherwise {@code null}
 * @param matched    for search results, the words as the article spelled them; otherwise empty
 */
public record ArticleRow(long id, String title, String source, Instant published, boolean read, boolean bookmarked,
                         String snippet, List<String> matched) {

    public ArticleRow {
        matched = List.copyOf(matched);
    }

    public static ArticleRow of(ArticleSummary s) {
        return new ArticleRow(s.id(), s.title(), s.source(), s.published(),
                s.read(), s.bookmarked(), null, List.of());
    }

    public ArticleRow withState(boolean isRead, boolean isBookmarked) {
        return new ArticleRow(id, title, source, published, isRead, isBookmarked, snippet, matched);
    }
}
