package org.sahifa.library;

import org.sahifa.ingest.FeedDocumentParser;
import org.sahifa.ingest.FileImporter;
import org.sahifa.ingest.HtmlSanitizer;
import org.sahifa.ingest.feed.FeedOptions;
import org.sahifa.ingest.feed.FeedParser;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ingest.feed.images.ImageCache;
import org.sahifa.ingest.ImportLimits;
import org.sahifa.ingest.ImportedItem;
import org.sahifa.ingest.JsonExporter;
import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.EntityService;
import org.sahifa.search.EntityServiceLookup;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;
import org.sahifa.search.StoreArticleSource;
import org.sahifa.store.Bookmark;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleFilter;
import org.sahifa.store.ArticleHook;
import org.sahifa.store.ArticleHooks;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.BookmarkStore;
import org.sahifa.store.Database;
import org.sahifa.store.PreparedBatch;
import org.sahifa.store.StoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * An open article library: the one service the UI and the command line talk to. It owns the database of one data
 * folder and composes the stores, the importers and the features that hook into every change (entities, search).
 * Open it with {@link #open(Path)}; close it when done (the folder is locked while it is open).
 */
public final class Library implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    private final Path dataDir;
    private final Database database;
    private final ArticleHooks hooks = new ArticleHooks();
    private final ArticleStore articles;
    private final BookmarkStore bookmarks;
    private final ImportService imports;
    private final FeedService feeds;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final Object searchLock = new Object();
    private volatile SearchService search;
    private boolean closed;
    private EntityService entities;

    private Library(Path dataDir, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.articles = new ArticleStore(database, hooks, clock);
        this.bookmarks = new BookmarkStore(database, hooks, clock);
        this.imports = new ImportService(this, new FileImporter(ImportLimits.DEFAULT));
        this.feeds = new FeedService(database, dataDir, this::store, FeedParser.of(new FeedDocumentParser()),
                new HtmlSanitizer(), FeedOptions.defaults(), clock);
    }

    /**
     * Opens the library in {@code dataDir}, creating it when needed.
     *
     * @throws org.sahifa.store.LibraryLockedException when another process has it open
     * @throws org.sahifa.store.StoreException         when it cannot be opened
     */
    public static Library open(Path dataDir) {
        return open(dataDir, true);
    }

    /**
     * Opens the library without the derived features (search index, entities), which catch up the next time the
     * library is opened normally. For benchmarks of the storing path and for recovery tools only.
     */
    public static Library openWithoutFeatures(Path dataDir) {
        return open(dataDir, false);
    }

    private static Library open(Path dataDir, boolean features) {
        long t0 = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        Database db = Database.open(dir);
        long t1 = System.nanoTime();
        Library library = new Library(dir, db, Clock.systemUTC());
        long t2 = System.nanoTime();
        try {
            if (features) {
                registerFeatures(library);
                TextRepair.run(library);
            }
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        long t3 = System.nanoTime();
        LOG.info("Opened library {}", dir);
        LOG.debug("Library.open took {} ms: database {} ms, stores and services {} ms, features {} ms",
                (t3 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return library;
    }

    /**
     * Features that follow every change of the articles register their hooks here, one line each, in dependency
     * order: entities first (writes mentions inside the storing transaction), then search (indexes after commit).
     * Both load on first use, so that opening a library stays fast (decision 0085): the recogniser's models when
     * the first article is scanned, the search index (and the text engine's tables) at the first search or the
     * first change of the articles — its hook is registered now and opens it then.
     */
    private static void registerFeatures(Library library) {
        library.entities = new EntityService(library.database, library.articles, EntityRecognizer::standard);
        library.registerHook(library.entities.hook());
        library.registerHook(DeferredHook.of(() -> library.search().hook()));
    }

    /** The library's folder ({@code library.db}, {@code logs/}; search keeps its index in {@code index/}). */
    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return database;
    }

    public ArticleStore articles() {
        return articles;
    }

    /** Places, persons and organisations: lists, resolution of any spelling, corrections. */
    public EntityService entities() {
        return entities;
    }

    public BookmarkStore bookmarks() {
        return bookmarks;
    }

    public ImportService imports() {
        return imports;
    }

    /** Feed subscriptions, their refresh (on demand and scheduled), OPML, and the offline image cache. */
    public FeedService feeds() {
        return feeds;
    }

    /**
     * The offline image cache of article images: {@code imageCache().lookup(src)} / {@code open(src)} give an
     * {@code <img src>}'s cached file or bytes and never touch the network.
     */
    public ImageCache imageCache() {
        return feeds.images();
    }

    /** Adds a hook called on every change of the stored articles (see {@link ArticleHook}). */
    public void registerHook(ArticleHook hook) {
        hooks.register(hook);
    }

    /** How many hooks are registered (the benchmark reports it). */
    public int hookCount() {
        return hooks.size();
    }

    /** Closes {@code resource} (an index, a recogniser) when the library closes, before the database. */
    public void closeWithLibrary(AutoCloseable resource) {
        synchronized (searchLock) {
            closeables.add(resource);
        }
    }

    /**
     * The one storing path, used by file import and feed refresh alike: stores the drafts in one transaction,
     * skipping duplicates, and runs the hooks.
     */
    public StoreResult store(List<ArticleDraft> drafts) {
        return articles.insert(drafts);
    }

    /**
     * Starts the hooks' work that depends only on the drafts' text (recognising names) on {@code executor}, ahead
     * of {@link #store(PreparedBatch)}; see {@link ArticleStore#prepare}.
     */
    public PreparedBatch prepare(List<ArticleDraft> drafts, java.util.concurrent.Executor executor) {
        return articles.prepare(drafts, executor);
    }

    /** Stores a prepared batch: the same result as {@link #store(List)} of its drafts, with less work inside the transaction. */
    public StoreResult store(PreparedBatch batch) {
        return articles.insert(batch);
    }

    /** After a run of stores (an import): lets the hooks make deferred work durable (the index commits). */
    void flushHooks() {
        hooks.flush();
    }

    /** Re-applies the read state and bookmarks that a Sahifa export carried, to the stored articles. */
    void applyExportedState(List<ImportedItem> items, List<Long> ids) {
        List<Long> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ImportedItem item = items.get(i);
            long id = ids.get(i);
            if (id < 0) {
                continue;
            }
            if (item.read()) {
                read.add(id);
            }
            if (item.bookmarked() && !alreadyThere(id, item)) {
                bookmarks.put(id, item.bookmarkNote(), item.bookmarkTags(), item.bookmarkCreated());
            }
        }
        if (!read.isEmpty()) {
            articles.markRead(read, true);
        }
    }

    /** Whether the article already has this bookmark (re-importing an export then changes nothing). */
    private boolean alreadyThere(long id, ImportedItem item) {
        String note = item.bookmarkNote() == null || item.bookmarkNote().isBlank() ? null : item.bookmarkNote().strip();
        List<String> tags = item.bookmarkTags().stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .distinct().sorted().toList();
        return bookmarks.get(id).filter(b -> java.util.Objects.equals(b.note(), note) && b.tags().equals(tags)
                && (item.bookmarkCreated() == null || !b.created().isAfter(item.bookmarkCreated()))).isPresent();
    }

    /**
     * Search over this library (the index in {@code index/}, kept in step with every change). Opened on the first
     * call, which may take a second for a large index: call it off the JavaFX thread.
     *
     * @throws IllegalStateException when the library was opened without its features
     */
    public SearchService search() {
        SearchService s = search;
        if (s != null) {
            return s;
        }
        synchronized (searchLock) {
            if (search == null) {
                if (entities == null || closed) {
                    throw new IllegalStateException((closed ? "Library is closed: " : "Library opened without features has"
                            + " no search: ") + dataDir);
                }
                long start = System.nanoTime();
                SearchService opened = SearchService.open(dataDir.resolve("index"),
                        new StoreArticleSource(database, articles), new EntityServiceLookup(entities));
                closeWithLibrary(opened);
                search = opened;
                LOG.debug("Search index opened in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            return search;
        }
    }

    /**
     * After an import or a feed refresh: merges the search index down to few segments when enough articles were
     * added since its last merge (decision record 0233), on the calling thread (minutes for a large library; call it
     * off the JavaFX thread); searches and imports go on meanwhile. Does nothing when the index was not opened.
     *
     * @return whether it merged
     * @throws java.util.concurrent.CancellationException when cancelled (the index keeps its segments)
     */
    public boolean mergeSearchIndex(java.util.function.BooleanSupplier cancelled) {
        SearchService s;
        synchronized (searchLock) {
            s = closed ? null : search;
        }
        return s != null && s.mergeDue() && s.mergeSegments(cancelled);
    }

    /** True when {@link #mergeSearchIndex} would merge. */
    public boolean searchIndexMergeDue() {
        SearchService s;
        synchronized (searchLock) {
            s = closed ? null : search;
        }
        return s != null && s.mergeDue();
    }

    /** The best {@code limit} articles for {@code query} (the query language of docs/search.md), best first. */
    public List<SearchHit> search(String query, int limit) {
        SearchResults results = search().search(query, SearchOptions.defaults().withLimit(Math.max(1, limit)));
        List<Long> ids = new ArrayList<>();
        for (org.sahifa.search.SearchHit h : results.hits()) {
            ids.add(h.articleId());
        }
        Map<Long, Article> byId = new HashMap<>();
        for (Article a : articles.getAll(ids)) {
            byId.put(a.id(), a);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (org.sahifa.search.SearchHit h : results.hits()) {
            Article a = byId.get(h.articleId());
            if (a != null && limit > 0) {
                hits.add(new SearchHit(a, h.score(), h.snippet().text()));
            }
        }
        return hits;
    }

    /**
     * Writes articles to a JSON file in the import format (docs/formats.md), with their read state and bookmarks,
     * so that importing it back restores the same content. The file is replaced atomically.
     *
     * @param bookmarksOnly only the bookmarked articles
     * @return how many articles were written
     */
    public long export(Path out, boolean bookmarksOnly) throws IOException {
        Map<Long, Bookmark> marks = new HashMap<>();
        for (Bookmark b : bookmarks.list()) {
            marks.put(b.articleId(), b);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".sahifa-export-", ".tmp");
        try {
            long n;
            try (JsonExporter w = new JsonExporter(Files.newOutputStream(tmp))) {
                if (bookmarksOnly) {
                    List<Long> ids = new ArrayList<>(marks.keySet());
                    ids.sort(null);
                    for (Article a : articles.getAll(ids)) {
                        w.write(a, marks.get(a.id()));
                    }
                } else {
                    articles.forEach(a -> w.writeUnchecked(a, marks.get(a.id())));
                }
                n = w.count();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The sample files bundled with Sahifa (resources under {@code org/sahifa/samples/}). */
    public static final List<String> BUNDLED_SAMPLES = List.of("karabakh-report.txt", "articles.json", "feed.xml");

    /**
     * Imports the bundled samples: the reference report, sample articles and a sample feed. Offered on first run
     * when the library is empty; importing them again changes nothing (duplicates).
     */
    public ImportReport importBundledSamples() throws IOException {
        Path tmp = Files.createTempDirectory("sahifa-samples");
        try {
            List<Path> files = new ArrayList<>();
            for (String name : BUNDLED_SAMPLES) {
                try (InputStream in = Library.class.getResourceAsStream("/org/sahifa/samples/" + name)) {
                    if (in == null) {
                        throw new IOException("Bundled sample missing: " + name);
                    }
                    Path f = tmp.resolve(name);
                    Files.copy(in, f);
                    files.add(f);
                }
            }
            return imports.importPaths(files);
        } finally {
            try (var walk = Files.list(tmp)) {
                for (Path f : walk.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    /** Counts for {@code stats}. */
    public LibraryStats stats() {
        long size = 0;
        for (String f : List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal")) {
            try {
                Path p = dataDir.resolve(f);
                if (Files.exists(p)) {
                    size += Files.size(p);
                }
            } catch (IOException e) {
                LOG.debug("Cannot size {}", f, e);
            }
        }
        return new LibraryStats(articles.count(), articles.count(ArticleFilter.ALL.withUnreadOnly(true)),
                bookmarks.count(), articles.sources(), bookmarks.tags(), size);
    }

    @Override
    public void close() {
        synchronized (searchLock) { // waits for a search index being opened, and no other opens after this
            closed = true;
            for (int i = closeables.size() - 1; i >= 0; i--) {
                try {
                    closeables.get(i).close();
                } catch (Exception e) {
                    LOG.warn("Closing {} failed", closeables.get(i), e);
                }
            }
            closeables.clear();
        }
        feeds.close();
        database.close();
    }
}
