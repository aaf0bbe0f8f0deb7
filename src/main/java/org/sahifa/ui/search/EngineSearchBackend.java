package org.sahifa.ui.search;

import org.sahifa.library.Library;
import org.sahifa.search.Highlight;
import org.sahifa.search.IndexProgress;
import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;
import org.sahifa.search.Suggestion;
import org.sahifa.ui.articles.ArticleRow;

import java.util.ArrayList;
import java.util.List;

/**
 * The library's search engine ({@link SearchService}): spelling variants, snippets, the words as each article
 * spelled them (the reader highlights those), and suggestions of places, persons and words. When the index has to
 * be built or to catch up, the first search does it (off the JavaFX thread; the window also starts it at open).
 */
public final class EngineSearchBackend implements SearchBackend {

    /** Rows highlighted with the search itself (a window shows about this many); the rest in {@link #complete}. */
    public static final int FIRST_SNIPPETS = 40;

    /**
     * A Latin word searched once before the user's first search: compiling any Latin word loads the learned
     * transliteration model (seconds of CPU once per process; over a minute under load in session 16) and the
     * index's name tables, which the user's first Latin query otherwise waited for.
     */
    static final String WARM_UP_QUERY = "sahifa";

    private final Library library;
    private final int firstSnippets;
    private volatile boolean warmedUp;

    public EngineSearchBackend(Library library) {
        this(library, FIRST_SNIPPETS);
    }

    /** A backend whose searches highlight only their first {@code firstSnippets} rows. */
    public EngineSearchBackend(Library library, int firstSnippets) {
        this.library = library;
        this.firstSnippets = firstSnippets;
    }

    /** Builds or updates the index when needed; safe to call from a worker thread at startup. */
    public void prepare() {
        prepare(IndexProgress.NONE);
    }

    /**
     * As {@link #prepare()}, reporting the articles indexed to {@code progress} (a rebuild after a new analysis
     * version takes minutes on a large library, decision 0165).
     */
    public void prepare(IndexProgress progress) {
        prepare(progress, () -> Thread.currentThread().isInterrupted());
    }

    @Override
    public boolean needsPreparation() {
        return library.search().needsPreparation();
    }

    @Override
    public void prepare(IndexProgress progress, java.util.function.BooleanSupplier cancelled) {
        SearchService s = library.search();
        if (s.needsPreparation()) {
            s.prepare(progress, cancelled);
        }
    }

    @Override
    public void warmUp() {
        if (!warmedUp) {
            library.search().search(WARM_UP_QUERY, SearchOptions.defaults().withLimit(1));
            warmedUp = true;
        }
    }

    @Override
    public Results search(String query, boolean newestFirst, int limit) {
        prepare();
        SearchResults r = library.search().search(query, options(newestFirst).withLimit(limit)
                .withSnippets(firstSnippets));
        List<ArticleRow> rows = new ArrayList<>(r.hits().size());
        for (SearchHit h : r.hits()) {
            String snippet = h.snippet() == null ? null : h.snippet().text();
            rows.add(new ArticleRow(h.articleId(), h.title(), h.source(), h.published(), h.read(), h.bookmarked(),
                    snippet, h.matched()));
        }
        return new Results(r.totalHits(), r.totalExact(), rows);
    }

    @Override
    public List<ArticleRow> complete(String query, boolean newestFirst, List<ArticleRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        java.util.Map<Long, ArticleRow> byId = new java.util.HashMap<>();
        for (ArticleRow row : rows) {
            ids.add(row.id());
            byId.put(row.id(), row);
        }
        List<ArticleRow> out = new ArrayList<>(rows.size());
        for (Highlight h : library.search().highlight(query, options(newestFirst), ids)) {
            ArticleRow row = byId.get(h.articleId());
            out.add(new ArticleRow(row.id(), row.title(), row.source(), row.published(), row.read(), row.bookmarked(),
                    h.snippet().text(), h.matched()));
        }
        return out;
    }

    private static SearchOptions options(boolean newestFirst) {
        return SearchOptions.defaults().withNewestFirst(newestFirst);
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        List<String> out = new ArrayList<>();
        for (Suggestion s : library.search().suggest(prefix, limit)) {
            out.add(s.text());
        }
        return out;
    }
}
