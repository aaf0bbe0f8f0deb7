package org.sahifa.ui.search;

import org.sahifa.search.IndexProgress;
import org.sahifa.ui.articles.ArticleRow;

import java.util.List;
import java.util.function.BooleanSupplier;

/** What the window needs from the library's search; called off the JavaFX thread. */
public interface SearchBackend {

    /**
     * The best matches of {@code query}.
     *
     * @param newestFirst by date instead of by relevance
     * @param limit       at most this many
     */
    Results search(String query, boolean newestFirst, int limit) throws Exception;

    /**
     * The snippets and matched spellings of result rows that {@link #search} returned without them (a row whose
     * {@code snippet} is {@code null}), for the same query; rows that cannot be completed are left out. By default
     * a backend completes every row in {@code search} and returns nothing here.
     */
    default List<ArticleRow> complete(String query, boolean newestFirst, List<ArticleRow> rows) throws Exception {
        return List.of();
    }

    /**
     * Whether the next search would first have to open, build or update an index (minutes on a large library
     * after a new analysis version). Cheap enough to ask off the JavaFX thread before each preparation; a backend
     * with nothing to prepare says false.
     */
    default boolean needsPreparation() throws Exception {
        return false;
    }

    /**
     * Builds or updates the index, reporting the articles indexed to {@code progress} and stopping (with a
     * {@link java.util.concurrent.CancellationException}) once {@code cancelled} turns true; a no-op when there is
     * nothing to do.
     */
    default void prepare(IndexProgress progress, BooleanSupplier cancelled) throws Exception {
    }

    /**
     * Loads, before the first search needs it, what the backend's first query would otherwise load while the user
     * waits (models, per-index tables); called off the JavaFX thread after {@link #prepare}, cheap when done.
     */
    default void warmUp() throws Exception {
    }

    /** Completions for what the user is typing (places and persons in any spelling first); may be empty. */
    List<String> suggest(String prefix, int limit) throws Exception;

    /**
     * The answer to one search.
     *
     * @param total      how many articles match in all when {@code totalExact}, else more than this many do
     * @param totalExact whether {@code total} is exact (the engine stops counting past a threshold)
     * @param rows       the best of them, with snippet and the matched spellings
     */
    record Results(long total, boolean totalExact, List<ArticleRow> rows) {
        public Results {
            rows = List.copyOf(rows);
        }

        /** Results with an exact total. */
        public Results(long total, List<ArticleRow> rows) {
            this(total, true, rows);
        }
    }
}
