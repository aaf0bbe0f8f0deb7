package org.sahifa.search;

import java.time.Instant;
import java.util.List;

/**
 * One article found by a search.
 *
 * @param articleId  the article's id in the library
 * @param score      the relevance score (higher is better; comparable within one search only)
 * @param title      the headline
 * @param titleMarks matched spans in the headline
 * @param source     the source, or {@code null}
 * @param published  when it was published, or {@code null}
 * @param bookmarked whether it is bookmarked
 * @param read       whether it was read
 * @param snippet    a passage of the body around the best match, with marks; {@code null} when the search
 *                   highlighted only the first hits ({@link SearchOptions#withSnippets}) and this is not one
 * @param matched    the words of the article that matched, as the article spelled them, in order of appearance
 *                   (empty when not highlighted)
 */
public record SearchHit(long articleId, float score, String title, List<Mark> titleMarks, String source,
                        Instant published, boolean bookmarked, boolean read, Snippet snippet, List<String> matched) {

    public SearchHit {
        titleMarks = List.copyOf(titleMarks);
        matched = List.copyOf(matched);
    }
}
