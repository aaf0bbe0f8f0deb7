package org.sahifa.ui.articles;

import org.sahifa.store.ArticleSummary;
import org.sahifa.store.Bookmark;

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
 * @param note       in the Bookmarks list, the bookmark's note; otherwise {@code null}
 * @param tags       in the Bookmarks list, the bookmark's tags; otherwise empty
 */
public record ArticleRow(long id, String title, String source, Instant published, boolean read, boolean bookmarked,
                         String snippet, List<String> matched, String note, List<String> tags) {

    public ArticleRow {
        matched = List.copyOf(matched);
        tags = List.copyOf(tags);
    }

    public ArticleRow(long id, String title, String source, Instant published, boolean read, boolean bookmarked,
                      String snippet, List<String> matched) {
        this(id, title, source, published, read, bookmarked, snippet, matched, null, List.of());
    }

    public static ArticleRow of(ArticleSummary s) {
        return new ArticleRow(s.id(), s.title(), s.source(), s.published(), s.read(), s.bookmarked(), null, List.of());
    }

    public ArticleRow withState(boolean isRead, boolean isBookmarked) {
        return new ArticleRow(id, title, source, published, isRead, isBookmarked, snippet, matched, note, tags);
    }

    /** This row with a bookmark's note and tags shown ({@code null}: none). */
    public ArticleRow withBookmark(Bookmark b) {
        return b == null ? new ArticleRow(id, title, source, published, read, bookmarked, snippet, matched)
                : new ArticleRow(id, title, source, published, read, bookmarked, snippet, matched, b.note(), b.tags());
    }

    /** This row with the note and tags as the reader just saved them. */
    public ArticleRow withNoteAndTags(String newNote, List<String> newTags) {
        return new ArticleRow(id, title, source, published, read, bookmarked, snippet, matched,
                newNote == null || newNote.isBlank() ? null : newNote, newTags);
    }
}
