package org.sahifa.search;

import java.util.List;

/**
 * Where a search matched one article, asked for after the search ({@link SearchService#highlight}).
 *
 * @param articleId  the article
 * @param titleMarks matched spans in the headline
 * @param snippet    a passage of the body around the best match, with marks
 * @param matched    the words of the article that matched, as the article spelled them
 */
public record Highlight(long articleId, List<Mark> titleMarks, Snippet snippet, List<String> matched) {

    public Highlight {
        titleMarks = List.copyOf(titleMarks);
        matched = List.copyOf(matched);
    }
}
