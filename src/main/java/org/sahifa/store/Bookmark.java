package org.sahifa.store;

import java.time.Instant;
import java.util.List;

/**
 * A bookmarked article with the user's note and tags.
 *
 * @param note    the user's note, or {@code null}
 * @param tags    the tags, sorted, without duplicates
 * @param created when the article was first bookmarked
 * @param updated when the note or tags last changed
 */
public record Bookmark(long articleId, String note, List<String> tags, Instant created, Instant updated) {

    public Bookmark {
        tags = List.copyOf(tags);
    }
}
