package org.sahifa.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sahifa.search.query.ParsedQuery;
import org.sahifa.search.query.QueryParser;
import org.sahifa.store.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The marks, snippets and matched spellings of articles found elsewhere (a shared archive, docs/archive.md),
 * exactly as the library's own search draws them: the articles are indexed in memory with the desktop's schema
 * and analysis, the query is compiled against that small index (so a name's spellings are those the articles
 * contain) and {@link Highlighter} marks the original text. Thread-safe; each call is independent.
 */
public final class PageHighlights {

    private static final Highlighter HIGHLIGHTER = new Highlighter(SahifaAnalysis.INSTANCE);

    private PageHighlights() {
    }

    /** One {@link Highlight} per article of {@code page}, in its order; never throws for any query text. */
    public static List<Highlight> of(String queryText, ZoneId zone, List<Article> page) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        if (page.isEmpty()) {
            return List.of();
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir,
                    new IndexWriterConfig(IndexFields.analyzer(SahifaAnalysis.INSTANCE)))) {
                for (Article a : page) {
                    w.addDocument(IndexFields.document(a));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                QueryCompiler compiler = new QueryCompiler(SahifaAnalysis.INSTANCE, reader, NO_STATE,
                        EntityLookup.NONE, zone);
                if (!parsed.isEmpty()) {
                    compiler.compile(parsed.root());
                }
                List<Highlight> out = new ArrayList<>(page.size());
                for (Article a : page) {
                    String title = a.title() == null ? "" : a.title();
                    String body = a.bodyText() == null ? "" : a.bodyText();
                    List<Mark> titleMarks = HIGHLIGHTER.marks(title, compiler.terms);
                    List<Mark> exactMarks = new ArrayList<>();
                    List<Mark> bodyMarks = HIGHLIGHTER.marks(body, compiler.terms, exactMarks);
                    out.add(new Highlight(a.id(), titleMarks, Highlighter.snippet(body, bodyMarks, exactMarks),
                            Highlighter.matched(title, titleMarks, body, bodyMarks)));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory index does no I/O
        }
    }

    /** The page has no reading state: {@code is:} filters only shape the query, they mark nothing. */
    private static final ArticleSource NO_STATE = new ArticleSource() {
        @Override
        public long count() {
            return 0;
        }

        @Override
        public long maxId() {
            return 0;
        }

        @Override
        public List<Article> scan(long afterId, int limit) {
            return List.of();
        }

        @Override
        public List<Article> get(Collection<Long> ids) {
            return List.of();
        }

        @Override
        public long[] ids() {
            return new long[0];
        }

        @Override
        public long[] readIds() {
            return new long[0];
        }

        @Override
        public long[] bookmarkedIds() {
            return new long[0];
        }

        @Override
        public Map<Long, ArticleFlags> flags(Collection<Long> ids) {
            return Map.of();
        }
    };
}
