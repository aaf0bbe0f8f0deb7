package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.sahifa.search.query.ParsedQuery;
import org.sahifa.search.query.QueryParser;
import org.sahifa.store.ArticleHook;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Search over the library: the one entry point the library (and through it the UI and the command line) uses.
 *
 * <pre>
 * SearchService search = SearchService.open(dataDir.resolve("index"), articleSource);
 * library.registerHook(search.hook());            // keep the index in step with the store
 * search.prepare(progress, cancelled);            // optional: build or catch up now, in the background
 * SearchResults r = search.search("كاراباخ -بوتين", SearchOptions.defaults());
 * </pre>
 *
 * The index is created on first use and rebuilt or caught up automatically ({@link ArticleIndex}); a search
 * that finds the index behind the store brings it up to date first. The query language is documented in
 * {@code docs/search.md}. Thread-safe.
 */
public final class SearchService implements Closeable {

    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.LONG, true));

    /**
     * Matches are counted exactly up to this many; beyond it the total is a lower bound
     * ({@link SearchResults#totalExact()} false) and Lucene may skip documents that cannot make the top hits.
     */
    public static final int TOTAL_HITS_THRESHOLD = 1000;

    private final ArticleIndex index;
    private final ArticleSource source;
    private final IndexAnalysis analysis;
    private final Highlighter highlighter;
    private final ArticleHook hook;
    private final EntityLookup entities;
    private final VariantCache variants = new VariantCache();
    private final Object namesLock = new Object();
    private NameWords names;
    private Object namesReader;
    private Map<String, Long> tagged;
    private long taggedAt;
    /** The suggestions' names, from the same reading of the tags as {@link #tagged} (decision 0164). */
    private NameSuggestions suggestionNames;
    /** The suggestions' counts over the reader of {@link #names} (decision 0164). */
    private Map<String, Long> suggestionCounts = new java.util.concurrent.ConcurrentHashMap<>();

    /** How long the recogniser's tagged words are reused before they are read again (decision 0026). */
    static final long TAGGED_REFRESH_NANOS = 5L * 60 * 1_000_000_000L;

    private SearchService(ArticleIndex index, ArticleSource source, IndexAnalysis analysis, EntityLookup entities) {
        this.index = index;
        this.source = source;
        this.entities = entities;
        this.analysis = analysis;
        this.highlighter = new Highlighter(analysis);
        this.hook = new IndexHook(index);
    }

    /** Opens (or creates) the index in {@code indexDir} over the articles of {@code source}, with Sahifa's analysis. */
    public static SearchService open(Path indexDir, ArticleSource source) {
        return open(indexDir, source, EntityLookup.NONE);
    }

    /** As {@link #open(Path, ArticleSource)}, with {@code place:}/{@code person:} and name suggestions from {@code entities}. */
    public static SearchService open(Path indexDir, ArticleSource source, EntityLookup entities) {
        return open(indexDir, source, SahifaAnalysis.INSTANCE, entities);
    }

    static SearchService open(Path indexDir, ArticleSource source, IndexAnalysis analysis, EntityLookup entities) {
        try {
            return new SearchService(ArticleIndex.open(indexDir, analysis, source), source, analysis, entities);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** The hook to register with the store so that every import and deletion reaches the index. */
    public ArticleHook hook() {
        return hook;
    }

    /** True when the index has to be built or to catch up before it answers for the whole library. */
    public boolean needsPreparation() {
        return index.needsUpdate();
    }

    /**
     * Builds the index or lets it catch up with the store, reporting progress; a no-op when it is up to date.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (the work done so far is kept)
     */
    public void prepare(IndexProgress progress, BooleanSupplier cancelled) {
        if (index.needsUpdate()) {
            index.update(progress, cancelled);
        }
    }

    /**
     * Rebuilds the index from every stored article (it answers for what is rebuilt so far meanwhile), reporting
     * progress; then {@link #mergeSegments} is due.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (the next {@link #prepare} resumes)
     */
    public void rebuild(IndexProgress progress, BooleanSupplier cancelled) {
        index.clearForRebuild();
        index.update(progress, cancelled);
    }

    /**
     * True when the index should be merged down to few segments ({@link #mergeSegments}): after a rebuild or after
     * imports of many articles (decision record 0233). Cheap.
     */
    public boolean mergeDue() {
        return index.mergeDue();
    }

    /**
     * Merges the index down to few segments when {@link #mergeDue()}, so that searches set up fewer per-segment
     * scorers (decision record 0233). Blocks the calling thread for the merge (minutes at 300,000 articles): call
     * it from a background task after a rebuild ({@link #prepare}) or an import; searches and writes go on meanwhile.
     *
     * @return whether it merged
     * @throws java.util.concurrent.CancellationException when cancelled (the index keeps its segments)
     */
    public boolean mergeSegments(BooleanSupplier cancelled) {
        return index.mergeSegments(cancelled);
    }

    /**
     * Which words of {@code reader}'s index are names: built once per index generation; the recogniser's tagged
     * words are read from the entities layer at most every {@link #TAGGED_REFRESH_NANOS} (an import changes them
     * little, and reading them costs a pass over the mentions).
     */
    NameWords names(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        synchronized (namesLock) {
            if (names != null && key != null && key == namesReader) {
                return names;
            }
            long now = System.nanoTime();
            if (tagged == null || now - taggedAt > TAGGED_REFRESH_NANOS) {
                Map<String, Long> spellings = entities.taggedSpellings();
                tagged = NameWords.wordCounts(spellings);
                taggedAt = now;
                suggestionNames = NameSuggestions.of(spellings, NameLexiconWords.standard(), EnglishNames.standard(),
                        reader.numDocs(), ShownSpellings.later(entities::writtenSpellings));
            }
            names = new NameWords(NameLexiconWords.standard(), tagged, reader, IndexFields.BODY_NAME);
            namesReader = key;
            suggestionCounts = new java.util.concurrent.ConcurrentHashMap<>();
            return names;
        }
    }

    /** The index behind this service (for tests in this package that search it directly). */
    ArticleIndex index() {
        return index;
    }

    /** A compiler over {@code reader} with the library's name statistics, reusing the reader's look-ups. */
    private QueryCompiler compiler(IndexReader reader, SearchOptions options) {
        VariantCache.Generation lookups = variants.forReader(reader);
        return new QueryCompiler(analysis, library(reader, lookups), options.zone(), lookups);
    }

    /** The library's index over {@code reader}, with the look-ups of the reader's generation. */
    private LibraryIndex library(IndexReader reader, VariantCache.Generation lookups) {
        return new LibraryIndex(reader, source, entities, names(reader), lookups);
    }

    /** Searches; never throws for any query text. An empty query finds nothing. */
    public SearchResults search(String queryText, SearchOptions options) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        if (parsed.isEmpty()) {
            return new SearchResults(parsed, 0, List.of());
        }
        prepare(IndexProgress.NONE, () -> false);
        try {
            return index.withSearcher(searcher -> run(searcher, parsed, options));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed in " + index.path() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The cosine of the context of two normalised spellings in the library (decision 0125), the articles each is
     * read in, and the verdict the search takes: for reports and tests.
     */
    ContextReading readContext(String a, String b) {
        prepare(IndexProgress.NONE, () -> false);
        try {
            return index.withSearcher(searcher -> {
                IndexReader reader = searcher.getIndexReader();
                NameWords n = names(reader);
                LibraryIndex library = library(reader, variants.forReader(reader));
                SpellingContext.Signature sa = library.signature(a);
                SpellingContext.Signature sb = library.signature(b);
                return new ContextReading(sa.articles(), sb.articles(),
                        SpellingContext.similarity(a, sa, b, sb, n::taggedCount, reader.numDocs()),
                        library.sameName(a, b), SharedFullNames.shared(a, library.fullNames(a), b,
                        library.fullNames(b), true),
                        SharedFullNames.shared(a, library.fullNames(a), b, library.fullNames(b), false));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalised spellings the name tiers of {@code queryText} search in the library (for reports and tests). */
    java.util.Set<String> spellingsSearched(String queryText) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        prepare(IndexProgress.NONE, () -> false);
        try {
            return index.withSearcher(searcher -> {
                QueryCompiler compiler = compiler(searcher.getIndexReader(), SearchOptions.defaults());
                compiler.compile(parsed.root());
                return compiler.terms.nameSpellings();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The weighted context words of two spellings, for reports. */
    String contextWords(String a, String b) {
        try {
            return index.withSearcher(searcher -> {
                IndexReader reader = searcher.getIndexReader();
                NameWords n = names(reader);
                LibraryIndex library = library(reader, variants.forReader(reader));
                return SpellingContext.describe(a, library.signature(a), b, library.signature(b), n::taggedCount,
                        reader.numDocs());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code use} with the library's index over the current reader and empty caches of spellings, signatures
     * and full names, as the first query of a new index generation meets them (for benchmarks of that cost).
     */
    <T> T withColdLibrary(java.util.function.Function<LibraryIndex, T> use) {
        prepare(IndexProgress.NONE, () -> false);
        try {
            return index.withSearcher(searcher -> use.apply(
                    library(searcher.getIndexReader(), VariantCache.Generation.uncached())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@link #readContext} read: the articles of each spelling, the cosine of their context, the verdict, and
     * the family names and given names both are tagged with ({@link SharedFullNames}).
     */
    record ContextReading(long articlesA, long articlesB, double similarity, boolean same,
                          java.util.Set<String> sharedFamilyNames, java.util.Set<String> sharedGivenNames) {
    }

    private SearchResults run(IndexSearcher searcher, ParsedQuery parsed, SearchOptions options) throws IOException {
        QueryCompiler compiler = compiler(searcher.getIndexReader(), options);
        Query query = compiler.compile(parsed.root());
        int limit = options.limit();
        TopDocs top;
        if (options.newestFirst() || !compiler.hasText()) {
            top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, limit, null, TOTAL_HITS_THRESHOLD,
                    searcher.getSlices() != null && searcher.getSlices().length > 1));
        } else {
            top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, TOTAL_HITS_THRESHOLD,
                    searcher.getSlices() != null && searcher.getSlices().length > 1));
        }
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(top.scoreDocs.length);
        List<Long> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            docs.add(d);
            ids.add(Long.parseLong(d.get(IndexFields.ID)));
        }
        Map<Long, ArticleFlags> flags = source.flags(ids);
        List<SearchHit> hits = new ArrayList<>(docs.size());
        Highlighter.Prepared marks = highlighter.prepare(compiler.terms);
        for (int i = 0; i < docs.size(); i++) {
            hits.add(hit(docs.get(i), ids.get(i), top.scoreDocs[i].score, flags.getOrDefault(ids.get(i),
                    ArticleFlags.NONE), i < options.snippets() ? marks : null));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        // Not exact: Lucene counted past the threshold, then skipped; "more than TOTAL_HITS_THRESHOLD" holds.
        return new SearchResults(parsed, exact ? top.totalHits.value : TOTAL_HITS_THRESHOLD, exact, hits);
    }

    /** A hit; highlighted when {@code marks} is given, else without marks, snippet or matched words. */
    private SearchHit hit(Document d, long id, float score, ArticleFlags flags, Highlighter.Prepared marks) {
        String title = d.get(IndexFields.TITLE);
        IndexableField published = d.getField(IndexFields.PUBLISHED);
        Highlight h = marks == null ? null : marks.highlight(id, title, d.get(IndexFields.BODY));
        return new SearchHit(id, Float.isNaN(score) ? 0f : score, title, h == null ? List.of() : h.titleMarks(),
                d.get(IndexFields.SOURCE),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
                flags.bookmarked(), flags.read(), h == null ? null : h.snippet(), h == null ? List.of() : h.matched());
    }

    /**
     * Where {@code queryText} matched each of the articles {@code ids} — the marks, snippet and matched words a
     * search with {@link SearchOptions#withSnippets} left out — in the order of {@code ids}; articles no longer
     * in the index are left out. Never throws for any query text.
     */
    public List<Highlight> highlight(String queryText, SearchOptions options, List<Long> ids) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        if (parsed.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        try {
            return index.withSearcher(searcher -> {
                QueryCompiler compiler = compiler(searcher.getIndexReader(), options);
                compiler.compile(parsed.root());
                StoredFields stored = searcher.storedFields();
                List<Highlight> out = new ArrayList<>(ids.size());
                Highlighter.Prepared marks = highlighter.prepare(compiler.terms);
                for (long id : ids) {
                    TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, Long.toString(id))), 1);
                    if (found.scoreDocs.length == 0) {
                        continue;
                    }
                    Document d = stored.document(found.scoreDocs[0].doc);
                    out.add(marks.highlight(id, d.get(IndexFields.TITLE), d.get(IndexFields.BODY)));
                }
                return out;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Highlighting failed in " + index.path() + ": " + e.getMessage(), e);
        }
    }

    /** Up to {@code limit} completions of {@code prefix}: library words and name spellings, most frequent first. */
    public List<Suggestion> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip();
        if (org.sahifa.text.ArabicNormalizer.normalize(typed).length() < Suggester.MIN_PREFIX || limit <= 0) {
            return List.of();
        }
        try {
            List<Suggestion> names = entities.names(typed, limit);
            return index.withSearcher(s -> {
                NameWords words = names(s.getIndexReader()); // also reads the tags when due
                NameSuggestions offered;
                Map<String, Long> counts;
                synchronized (namesLock) {
                    offered = suggestionNames;
                    counts = suggestionCounts;
                }
                return Suggester.merge(names, Suggester.suggest(s, offered, text -> {
                    QueryCompiler compiler = compiler(s.getIndexReader(), SearchOptions.defaults());
                    compiler.compile(QueryParser.parse(text).root());
                    return compiler.terms;
                }, words::isName, counts, typed, limit), limit, offered.minTagged());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
