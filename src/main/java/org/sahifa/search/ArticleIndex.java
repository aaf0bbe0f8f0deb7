package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.sahifa.store.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The Lucene index of the library's articles, derived from the store and kept in step with it.
 *
 * <p>Lifecycle: {@link #open} opens the index in a folder, or starts a new one when it is missing, unreadable
 * (corrupt, too old or too new for this Lucene) or was built with another schema/analysis version (recorded in
 * the commit data). {@link #needsUpdate()} then says whether the index lags the store, and {@link #update}
 * brings it up to date: a full rebuild streams the store in id order in batches, committing a checkpoint (the
 * largest id indexed) every {@link #CHECKPOINT} articles, so a killed rebuild resumes where it stopped; a
 * catch-up indexes what a crash left out (articles above the checkpoint, then any difference of the id sets).
 * Both report progress and can be cancelled; what was done is kept.
 *
 * <p>Thread safety: every method may be called from any thread. Writes are serialised; searches use
 * near-real-time searchers that see every write as soon as it returns.
 */
public final class ArticleIndex implements Closeable {

    static final String KEY_VERSION = "sahifa.version";
    static final String KEY_MAX_ID = "sahifa.maxId";
    static final String KEY_ADDED = "sahifa.addedSinceMerge";
    static final int BATCH = 256;
    static final int CHECKPOINT = 4096;
    /**
     * Articles stored one batch after another (an import, a feed refresh) are committed to the index at most this
     * often, and by {@link #flush()} when the run ends or the index closes: a commit writes and syncs segments, and
     * committing every batch cost more than indexing it. What a crash leaves uncommitted is caught up when the
     * library opens again (decision record 0012).
     */
    static final long COMMIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    /**
     * The writer's buffer: documents are written out as a segment when it fills (or at a commit). A larger buffer
     * writes fewer, larger segments, each flush's term dictionary and postings once for more documents, and leaves
     * fewer small segments to merge (decision record 0166).
     */
    static final double RAM_BUFFER_MB = 128;

    /**
     * Segments of about the same size the merge policy lets stand before merging them (Lucene's default is 10):
     * fewer segments in a large library, so that a search sets up fewer per-segment scorers (decision record 0167).
     */
    static final double SEGMENTS_PER_TIER = 4;

    /**
     * The segments a forced merge leaves ({@link #mergeSegments}): after a rebuild, and after imports that added
     * {@link #MERGE_AFTER_ARTICLES} articles or more, the index is merged down to this many segments, as a search
     * sets up its scorers once per segment (decision record 0233). Overridable with the system property
     * {@code sahifa.index.mergedSegments} (0 turns merging off).
     */
    static final int MERGED_SEGMENTS = Integer.getInteger("sahifa.index.mergedSegments", 1);

    /**
     * Articles added since the last forced merge after which the next maintenance merges again (decision record
     * 0233): a feed refresh adds tens, a file import of an archive thousands. Overridable with the system property
     * {@code sahifa.index.mergeAfter}.
     */
    static final long MERGE_AFTER_ARTICLES = Long.getLong("sahifa.index.mergeAfter", 5_000);

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final ForcedMerges merges;
    private final SearcherManager searchers;
    private final ArticleSource source;
    private final String version;
    private final Object writeLock = new Object();
    private long maxId;
    /** Articles added or replaced since the last forced merge (committed with the index; guarded by this). */
    private long addedSinceMerge;
    /** One forced merge at a time. */
    private final Object mergeLock = new Object();
    /** {@link #MERGED_SEGMENTS} and {@link #MERGE_AFTER_ARTICLES}, smaller in tests ({@link #mergeRule}). */
    private volatile int mergedSegments = MERGED_SEGMENTS;
    private volatile long mergeAfter = MERGE_AFTER_ARTICLES;
    private boolean rebuildNeeded;
    private volatile boolean upToDate;
    /** Threads that add documents at once ({@link #addAll}); batches below {@link #PARALLEL_MIN} use one. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    static final int PARALLEL_MIN = 64;
    private ExecutorService helpers;
    /** Batches from the store's hook are added here, behind the storing thread ({@link #indexLater}). */
    private final BackgroundWrites background = new BackgroundWrites("sahifa-index-writer", 2);
    /** Changes added since the last commit (guarded by {@link #writeLock}). */
    private boolean uncommitted;
    private long lastCommitNanos = System.nanoTime();
    /** Changes added since the searchers were last refreshed: the next search refreshes first. */
    private volatile boolean refreshNeeded;

    private ArticleIndex(Path path, Directory directory, IndexWriter writer, ArticleSource source, String version,
                         long maxId, long addedSinceMerge, boolean rebuildNeeded) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.merges = (ForcedMerges) writer.getConfig().getMergePolicy();
        this.addedSinceMerge = addedSinceMerge;
        this.source = source;
        this.version = version;
        this.maxId = maxId;
        this.rebuildNeeded = rebuildNeeded;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code path} (creating the folder), starting afresh when it is missing, unreadable or
     * of another version. Does not index anything: call {@link #update} (or let the service do it).
     */
    public static ArticleIndex open(Path path, IndexAnalysis analysis, ArticleSource source) throws IOException {
        Files.createDirectories(path);
        String version = IndexFields.version(analysis);
        FSDirectory directory = FSDirectory.open(path);
        try {
            Map<String, String> data = commitData(directory);
            boolean fresh = data == null || !version.equals(data.get(KEY_VERSION));
            if (data != null && fresh) {
                LOG.info("Search index at {} was built by {}; rebuilding for {}", path, data.get(KEY_VERSION), version);
            }
            IndexWriter writer = openWriter(directory, analysis, fresh);
            long maxId = fresh ? 0 : parseLong(data.get(KEY_MAX_ID));
            long added = fresh ? 0 : parseLong(data.get(KEY_ADDED));
            ArticleIndex index = new ArticleIndex(path, directory, writer, source, version, maxId, added, fresh);
            if (!fresh && !data.containsKey(KEY_ADDED)) {
                // written before forced merges (decision 0233): never merged, so every article counts as added
                index.addedSinceMerge = index.liveDocs();
            }
            if (fresh) {
                index.commit();
            }
            return index;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The commit data of the last commit, or null when there is no readable index. */
    private static Map<String, String> commitData(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        } catch (IndexNotFoundException | NoSuchFileException e) {
            return null;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warn("Search index is unreadable ({}); rebuilding it", e.toString());
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index cannot be opened ({}); rebuilding it", e.toString());
            return null;
        }
    }

    private static IndexWriter openWriter(FSDirectory directory, IndexAnalysis analysis, boolean fresh)
            throws IOException {
        if (fresh) {
            // Whatever is there cannot be trusted: remove the files so that even a corrupt index cannot confuse
            // the writer, then create a new one.
            deleteIndexFiles(directory);
        }
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer(analysis))
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new ForcedMerges(mergePolicy()))
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    /** Lucene's tiered merge policy with {@link #SEGMENTS_PER_TIER} segments per tier. */
    static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(SEGMENTS_PER_TIER);
        return policy;
    }

    private static void deleteIndexFiles(FSDirectory directory) throws IOException {
        try (Stream<Path> files = Files.list(directory.getDirectory())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Where the index lives. */
    public Path path() {
        return path;
    }

    /**
     * True when the index may lag the store: it was just created, or its article count or checkpoint differs
     * from the store's. Cheap (two store queries); the answer stays false once {@link #update} succeeded, as
     * every later change arrives through {@link #index} and {@link #delete}.
     */
    public boolean needsUpdate() {
        if (upToDate) {
            return false;
        }
        awaitWrites();
        synchronized (writeLock) {
            if (rebuildNeeded) {
                return source.count() > 0 || maxId > 0 || liveDocs() > 0;
            }
            return source.count() != liveDocs() || source.maxId() != maxId;
        }
    }

    /**
     * Brings the index up to date with the store: a rebuild when the index is new, else a catch-up.
     *
     * @throws CancellationException when {@code cancelled} turned true; the work done so far is committed
     */
    public void update(IndexProgress progress, BooleanSupplier cancelled) {
        awaitWrites();
        synchronized (writeLock) {
            try {
                if (rebuildNeeded) {
                    indexFrom(0, source.count(), progress, cancelled);
                    rebuildNeeded = false;
                } else {
                    catchUp(progress, cancelled);
                }
                upToDate = true;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot update the search index at " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Drops every document and marks the index for a full rebuild, which the next {@link #update} does (the
     * command line's {@code reindex}). Committed at once: a crash before the rebuild ends resumes it.
     */
    public void clearForRebuild() {
        awaitWrites();
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                synchronized (this) {
                    maxId = 0;
                    addedSinceMerge = 0;
                }
                rebuildNeeded = true;
                upToDate = false;
                commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear the index at " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private void catchUp(IndexProgress progress, BooleanSupplier cancelled) throws IOException {
        long storeCount = source.count();
        if (storeCount == liveDocs() && source.maxId() == maxId) {
            return;
        }
        // A crash after the store committed but before the index did: the newest articles are missing.
        long indexed = liveDocs();
        indexFrom(maxId, storeCount, progress, cancelled, indexed);
        if (source.count() == liveDocs() && source.maxId() == maxId) {
            return;
        }
        // Something else was lost (a deletion, or an older gap): compare the id sets.
        long[] storeIds = source.ids();
        long[] indexIds = indexedIds();
        List<Long> missing = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        diff(storeIds, indexIds, missing, extra);
        LOG.info("Search index catch-up: {} missing, {} extra", missing.size(), extra.size());
        if (!extra.isEmpty()) {
            deleteIds(extra);
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            checkCancelled(cancelled);
            List<Article> batch = source.get(missing.subList(from, Math.min(missing.size(), from + BATCH)));
            addAll(batch);
            progress.indexed(from + batch.size(), missing.size());
        }
        commit();
        searchers.maybeRefreshBlocking();
    }

    private void indexFrom(long afterId, long total, IndexProgress progress, BooleanSupplier cancelled)
            throws IOException {
        indexFrom(afterId, total, progress, cancelled, 0);
    }

    private void indexFrom(long afterId, long total, IndexProgress progress, BooleanSupplier cancelled, long done)
            throws IOException {
        long after = afterId;
        long sinceCheckpoint = 0;
        progress.indexed(done, total);
        try {
            while (true) {
                checkCancelled(cancelled);
                List<Article> batch = source.scan(after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                addAll(batch);
                after = batch.get(batch.size() - 1).id();
                done += batch.size();
                sinceCheckpoint += batch.size();
                progress.indexed(done, Math.max(total, done));
                if (sinceCheckpoint >= CHECKPOINT) {
                    commit();
                    sinceCheckpoint = 0;
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
        } finally {
            commit();
            searchers.maybeRefreshBlocking();
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Indexing cancelled");
        }
    }

    /**
     * Adds or replaces these articles (after the store committed them). Searches see them at once (the next
     * search refreshes its searcher); they are committed when {@link #COMMIT_INTERVAL_NANOS} has passed since the
     * last commit, else by {@link #flush()} or {@link #close()}.
     */
    public void index(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            try {
                addAll(articles);
                uncommitted = true;
                refreshNeeded = true;
                if (System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL_NANOS) {
                    commit();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index into " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Adds or replaces these articles on the index's writer thread, after the writes submitted before; returns at
     * once unless two writes are already pending (then it waits for one). Searches, {@link #flush()},
     * {@link #delete}, {@link #update} and {@link #close()} wait for the pending writes first, so what was
     * submitted is as visible as after {@link #index}. A failure is logged; the index catches up when reopened.
     */
    public void indexLater(List<Article> articles) {
        if (!articles.isEmpty()) {
            background.submit(() -> index(articles));
        }
    }

    /** Waits for the writes {@link #indexLater} queued (not while holding the write lock: they need it). */
    private void awaitWrites() {
        if (!Thread.holdsLock(writeLock)) {
            background.await();
        }
    }

    /** Commits what {@link #index} and {@link #indexLater} added since the last commit (a no-op when nothing is pending). */
    public void flush() {
        awaitWrites();
        synchronized (writeLock) {
            if (!uncommitted) {
                return;
            }
            try {
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot commit the index at " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** Removes these articles (after the store deleted them) and commits. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        awaitWrites();
        synchronized (writeLock) {
            try {
                deleteIds(ids);
                commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete from " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Adds or replaces the articles. A batch of at least {@value #PARALLEL_MIN} is cut into one part per core and
     * the parts are analysed and added at once, one on the calling thread and the others on helper threads
     * (the writer takes documents from several threads; analysis is most of the indexing work).
     * <p>Articles above the largest id indexed so far, in a batch of increasing ids, cannot be in the index yet
     * (every document is committed together with the largest id it was indexed with): they are added without
     * the delete-by-id that a replacement needs, which the writer would otherwise resolve against every segment
     * at each flush. Any other article replaces whatever the index holds under its id.
     */
    private void addAll(List<Article> articles) throws IOException {
        synchronized (this) {
            addedSinceMerge += articles.size();
        }
        long newAbove = newAbove(articles);
        int parts = Math.min(THREADS, articles.size() / PARALLEL_MIN);
        if (parts <= 1) {
            add(articles, newAbove);
            return;
        }
        int size = (articles.size() + parts - 1) / parts;
        List<Future<?>> running = new ArrayList<>(parts - 1);
        ExecutorService pool = helpers();
        for (int from = size; from < articles.size(); from += size) {
            List<Article> part = articles.subList(from, Math.min(articles.size(), from + size));
            running.add(pool.submit(() -> {
                add(part, newAbove);
                return null;
            }));
        }
        IOException failed = null;
        try {
            add(articles.subList(0, size), newAbove);
        } catch (IOException e) {
            failed = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = failed != null ? failed : new java.io.InterruptedIOException("Indexing interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    failed = failed != null ? failed : io;
                } else if (cause instanceof RuntimeException re) {
                    throw re;
                } else if (cause instanceof Error err) {
                    throw err;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * The id above which the articles of this batch are new to the index: the largest id indexed so far when the
     * batch's ids increase strictly (no article twice), else {@link Long#MAX_VALUE} (every article replaces).
     */
    private long newAbove(List<Article> articles) {
        long previous = Long.MIN_VALUE;
        for (Article a : articles) {
            if (a.id() <= previous) {
                return Long.MAX_VALUE;
            }
            previous = a.id();
        }
        synchronized (this) {
            return maxId;
        }
    }

    /** Adds the articles above {@code newAbove} and replaces the others (see {@link #addAll}). */
    private void add(List<Article> articles, long newAbove) throws IOException {
        for (Article a : articles) {
            Document doc = IndexFields.document(a);
            if (a.id() > newAbove) {
                writer.addDocument(doc);
            } else {
                writer.updateDocument(new Term(IndexFields.ID, Long.toString(a.id())), doc);
            }
        }
        long last = 0;
        for (Article a : articles) {
            last = Math.max(last, a.id());
        }
        synchronized (this) { // parts of one batch finish on several threads
            maxId = Math.max(maxId, last);
        }
    }

    /** Helper threads for {@link #addAll}: one per core but the caller's, daemons that end after a minute idle. */
    private synchronized ExecutorService helpers() {
        if (helpers == null) {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS - 1, THREADS - 1, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "sahifa-index-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            helpers = pool;
        }
        return helpers;
    }

    private void deleteIds(List<Long> ids) throws IOException {
        Term[] terms = new Term[ids.size()];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = new Term(IndexFields.ID, Long.toString(ids.get(k)));
        }
        writer.deleteDocuments(terms);
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(KEY_VERSION, version);
        data.put(KEY_MAX_ID, Long.toString(maxId));
        synchronized (this) {
            data.put(KEY_ADDED, Long.toString(addedSinceMerge));
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
    }

    /**
     * True when a forced merge is due ({@link #mergeSegments}): merging is on, the index has more than
     * {@link #MERGED_SEGMENTS} segments and {@link #MERGE_AFTER_ARTICLES} articles or more were added since the
     * last forced merge (a rebuild adds every article). Cheap.
     */
    public boolean mergeDue() {
        synchronized (this) {
            if (mergedSegments <= 0 || addedSinceMerge < mergeAfter) {
                return false;
            }
        }
        return segmentCount() > mergedSegments;
    }

    /** Merges down to {@code segments} after {@code after} articles (tests: small libraries). */
    void mergeRule(int segments, long after) {
        mergedSegments = segments;
        mergeAfter = after;
    }

    /** Articles added since the last forced merge (tests). */
    synchronized long addedSinceMerge() {
        return addedSinceMerge;
    }

    /** How many segments the index has (as the current searcher sees it). */
    public int segmentCount() {
        try {
            searchers.maybeRefreshBlocking();
            return withSearcher(s -> s.getIndexReader().leaves().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index down to {@link #MERGED_SEGMENTS} segments and commits, when {@link #mergeDue()} (decision
     * record 0233). Runs on the calling thread, which it blocks until the merge ends (minutes for a large library:
     * call it from a background task); searches, imports and other writes go on meanwhile and see the merged index
     * when it is done. The merge needs free disk space of about the index's size until it commits.
     *
     * @return whether it merged
     * @throws CancellationException when {@code cancelled} turned true or the index was closed meanwhile (the
     *                               index keeps the segments it had)
     */
    public boolean mergeSegments(BooleanSupplier cancelled) {
        synchronized (mergeLock) {
            if (!mergeDue()) {
                return false;
            }
            awaitWrites();
            long before;
            synchronized (this) {
                before = addedSinceMerge;
            }
            long start = System.nanoTime();
            int segments = segmentCount();
            try {
                int target = mergedSegments;
                merges.run(() -> writer.forceMerge(target, true), cancelled);
                synchronized (writeLock) {
                    synchronized (this) {
                        addedSinceMerge = Math.max(0, addedSinceMerge - before);
                    }
                    commit();
                }
                searchers.maybeRefreshBlocking();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                throw new CancellationException("The index closed while merging");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot merge the index at " + path + ": " + e.getMessage(), e);
            }
            LOG.info("Search index merged from {} to {} segments in {} ms", segments, segmentCount(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        }
    }

    /** Runs {@code work} with a current searcher. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        awaitWrites();
        if (refreshNeeded) {
            refreshNeeded = false; // a write after this point sets it again
            searchers.maybeRefreshBlocking();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** How many articles the index holds (as the current searcher sees it). */
    public long liveDocs() {
        try {
            searchers.maybeRefreshBlocking();
            return withSearcher(s -> (long) s.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every indexed article, ascending. */
    long[] indexedIds() throws IOException {
        searchers.maybeRefreshBlocking();
        return withSearcher(s -> {
            long[] ids = new long[s.getIndexReader().numDocs()];
            int n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID);
                Bits live = leaf.reader().getLiveDocs();
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        if (n == ids.length) {
                            ids = Arrays.copyOf(ids, n * 2 + 1);
                        }
                        ids[n++] = values.longValue();
                    }
                }
            }
            long[] out = Arrays.copyOf(ids, n);
            Arrays.sort(out);
            return out;
        });
    }

    /** Ids in {@code store} but not {@code index} go to {@code missing}, the reverse to {@code extra}; both sorted. */
    static void diff(long[] store, long[] index, List<Long> missing, List<Long> extra) {
        int i = 0;
        int j = 0;
        while (i < store.length || j < index.length) {
            if (j >= index.length || (i < store.length && store[i] < index[j])) {
                missing.add(store[i++]);
            } else if (i >= store.length || index[j] < store[i]) {
                extra.add(index[j++]);
            } else {
                i++;
                j++;
            }
        }
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        merges.abortAll(); // a forced merge in the background is dropped (the index keeps its segments)
        background.close();
        synchronized (writeLock) {
            try {
                if (uncommitted) {
                    try {
                        commit();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("Could not commit the index at {} on close; it catches up when reopened", path, e);
                    }
                }
                synchronized (this) {
                    if (helpers != null) {
                        helpers.shutdown();
                    }
                }
                searchers.close();
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
