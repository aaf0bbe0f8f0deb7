package org.sahifa.ui.search;

import org.sahifa.ui.articles.ArticleRow;

import java.util.List;

/** What the window needs from the library's search; called off the JavaFX thread. */
public interface SearchBackend {

    /**
     * The best matches of {@code query}.
     *
     * @param newestFirst by date instead of by relevance
     * @param limit       at most this many
     */
    Results search(String query, boolean newestFirst, int limit) throws Exception;

    /** Completions for what the user is typing (places and persons in any spelling first); may be empty. */
    List<String> suggest(String prefix, int limit) throws Exception;

    /**
     * The answer to one search.
     *
     * @param total how many articles match in all
     * @param rows  the best of them, with snippet and the matched spellings
     */
    record Results(long total, List<ArticleRow> rows) {
        public Results {
            rows = List.copyOf(rows);
        }
    }
}
