package org.sahifa.ui.search;

import org.sahifa.library.Library;
import org.sahifa.library.SearchHit;
import org.sahifa.store.Article;
import org.sahifa.ui.articles.ArticleRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The search of {@link Library#search(String, int)}. */
public final class LibrarySearchBackend implements SearchBackend {

    private final Library library;

    public LibrarySearchBackend(Library library) {
        this.library = library;
    }

    @Override
    public Results search(String query, boolean newestFirst, int limit) {
        List<SearchHit> hits = library.search(query, limit);
        List<ArticleRow> rows = new ArrayList<>();
        for (SearchHit h : hits) {
            Article a = h.article();
            rows.add(new ArticleRow(a.id(), a.title(), a.source(), a.published() != null ? a.published() : a.fetched(),
                    a.read(), a.bookmarked(), h.snippet(), List.of(query.strip())));
        }
        if (newestFirst) {
            rows.sort(Comparator.comparing(ArticleRow::published, Comparator.nullsLast(Comparator.reverseOrder())));
        }
        return new Results(rows.size(), rows);
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        return List.of();
    }
}
