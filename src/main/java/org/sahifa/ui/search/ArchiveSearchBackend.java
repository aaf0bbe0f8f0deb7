package org.sahifa.ui.search;

import org.sahifa.archive.ArchiveSearch;
import org.sahifa.search.Highlight;
import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.ui.articles.ArticleRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared archive on SolrCloud behind the window's search seam (decision 0084, docs/archive.md): the same rows,
 * snippets and matched spellings as {@link EngineSearchBackend} gives for the library. An archive keeps no
 * reading state (rows are unread, not bookmarked) and offers no completions.
 */
public final class ArchiveSearchBackend implements SearchBackend {

    private final ArchiveSearch archive;

    public ArchiveSearchBackend(ArchiveSearch archive) {
        this.archive = archive;
    }

    @Override
    public Results search(String query, boolean newestFirst, int limit) {
        SearchResults r = archive.search(query, options(newestFirst).withLimit(limit)
                .withSnippets(EngineSearchBackend.FIRST_SNIPPETS));
        List<ArticleRow> rows = new ArrayList<>(r.hits().size());
        for (SearchHit h : r.hits()) {
            rows.add(new ArticleRow(h.articleId(), h.title(), h.source(), h.published(), false, false,
                    h.snippet() == null ? null : h.snippet().text(), h.matched()));
        }
        return new Results(r.totalHits(), r.totalExact(), rows);
    }

    @Override
    public List<ArticleRow> complete(String query, boolean newestFirst, List<ArticleRow> rows) {
        Map<Long, ArticleRow> byId = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (ArticleRow row : rows) {
            byId.put(row.id(), row);
            ids.add(row.id());
        }
        List<ArticleRow> out = new ArrayList<>();
        for (Highlight h : archive.highlight(query, options(newestFirst), ids)) {
            ArticleRow row = byId.get(h.articleId());
            out.add(new ArticleRow(row.id(), row.title(), row.source(), row.published(), false, false,
                    h.snippet().text(), h.matched()));
        }
        return out;
    }

    private static SearchOptions options(boolean newestFirst) {
        return SearchOptions.defaults().withNewestFirst(newestFirst);
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        return List.of();
    }
}
