package org.sahifa.search;

import org.sahifa.store.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * The marks, snippets and matched spellings of articles found elsewhere (a shared archive, docs/archive.md),
 * exactly as the library's own search draws them: {@link Highlighter} marks the original text with what a query
 * compiled over the whole collection matches (its words, stems and the spellings of its names that the
 * collection's statistics accept, decision 0124). Thread-safe; each call is independent.
 */
public final class PageHighlights {

    private static final Highlighter HIGHLIGHTER = new Highlighter(SahifaAnalysis.INSTANCE);

    private PageHighlights() {
    }

    /** One {@link Highlight} per article of {@code page}, in its order, for the query {@code compiled} compiled. */
    public static List<Highlight> of(QueryCompiler compiled, List<Article> page) {
        List<Highlight> out = new ArrayList<>(page.size());
        for (Article a : page) {
            out.add(HIGHLIGHTER.highlight(a.id(), a.title(), a.bodyText(), compiled.terms));
        }
        return out;
    }
}
