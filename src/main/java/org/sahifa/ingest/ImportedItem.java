package org.sahifa.ingest;

import org.sahifa.store.ArticleDraft;

import java.time.Instant;
import java.util.List;

/**
 * One article read from a file, with the state a Sahifa export carries along.
 *
 * @param draft        the article
 * @param position     where it was in the file (for messages)
 * @param read         whether the export marked it read
 * @param bookmarked   whether the export carried a bookmark for it
 * @param bookmarkNote the bookmark's note, or {@code null}
 * @param bookmarkTags the bookmark's tags
 * @param bookmarkCreated when the bookmark was first made, or {@code null} (then: when it is imported)
 */
public record ImportedItem(ArticleDraft draft, String position, boolean read, boolean bookmarked,
                           String bookmarkNote, List<String> bookmarkTags, Instant bookmarkCreated) {

    public ImportedItem {
        bookmarkTags = bookmarkTags == null ? List.of() : List.copyOf(bookmarkTags);
    }

    public static ImportedItem of(ArticleDraft draft, String position) {
        return new ImportedItem(draft, position, false, false, null, List.of(), null);
    }
}
