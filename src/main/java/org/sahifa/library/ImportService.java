package org.sahifa.library;

import org.sahifa.ingest.FileImporter;
import org.sahifa.ingest.ImportException;
import org.sahifa.ingest.ImportProblem;
import org.sahifa.ingest.ImportSink;
import org.sahifa.ingest.ImportedItem;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.PreparedBatch;
import org.sahifa.store.StoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports article files into the library. Directories are walked recursively for the files whose names say a
 * supported format. Items are stored in batches of {@value #BATCH} per transaction through {@link Library#store},
 * so every well-formed item is kept, a crash loses at most the open batch, and nothing is ever half written.
 * A problem (file or item) is reported with its position and the import goes on with the next item or file.
 * <p>Reading, recognising and storing overlap: a reader thread parses the files into batches (a queue of
 * {@value #QUEUED_BATCHES} batches bounds the memory); for up to {@value #PREPARED_AHEAD} batches ahead, worker
 * threads (one per core) do the hooks' work that depends only on the text ({@link PreparedBatch}: recognising
 * names); the calling thread stores each batch in its transaction, where the hooks only resolve and store what
 * was prepared. The stored result is the same as storing every batch unprepared (decision record 0011).
 */
public final class ImportService {

    public static final int BATCH = 500;
    static final int QUEUED_BATCHES = 2;
    /** Batches whose names are being recognised ahead while the current one is stored. */
    static final int PREPARED_AHEAD = 2;
    /** Threads that recognise names ahead of storing: one per core. */
    static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Library library;
    private final FileImporter importer;

    ImportService(Library library, FileImporter importer) {
        this.library = library;
        this.importer = importer;
    }

    /** Imports with detected encodings, no progress and no cancellation. */
    public ImportReport importPaths(List<Path> paths) {
        return importPaths(paths, null, p -> { }, () -> false);
    }

    /**
     * Imports files and directories, on the calling thread (plus one reader thread).
     *
     * @param encoding  the charset of text files ({@code --encoding}), or {@code null} to detect
     * @param progress  told after every stored batch and finished file, on the calling thread
     * @param cancelled polled between items and batches; when it turns true the import stops, keeping every
     *                  batch stored so far
     */
    public ImportReport importPaths(List<Path> paths, Charset encoding, Consumer<ImportProgress> progress,
                                    BooleanSupplier cancelled) {
        List<ImportProblem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            expand(p, files, problems);
        }
        long bytesTotal = 0;
        for (Path f : files) {
            try {
                bytesTotal += Files.size(f);
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Reader reader = new Reader(files, encoding, cancelled, problems, queue);
        Thread thread = new Thread(reader, "sahifa-import-reader");
        thread.setDaemon(true);
        thread.start();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new WorkerThreads());
        Deque<InFlight> ahead = new ArrayDeque<>();
        long stored = 0;
        long duplicates = 0;
        int filesDone = 0;
        boolean wasCancelled = false;
        boolean ended = false;
        try {
            while (true) {
                // Start preparing (recognising names) up to PREPARED_AHEAD batches ahead of the one being stored;
                // wait for the reader only when there is nothing else to do.
                while (!ended && ahead.size() < PREPARED_AHEAD) {
                    Batch b = ahead.isEmpty() ? queue.take() : queue.poll();
                    if (b == null) {
                        break;
                    }
                    if (b.end) {
                        wasCancelled |= b.cancelled;
                        ended = true;
                        break;
                    }
                    ahead.add(new InFlight(b, b.items.isEmpty() ? null : library.prepare(drafts(b.items), workers)));
                }
                InFlight f = ahead.poll();
                if (f == null) {
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                Batch b = f.batch;
                if (!b.items.isEmpty()) {
                    try {
                        StoreResult r = store(b.items, f.prepared);
                        stored += r.inserted().size();
                        duplicates += r.duplicates();
                    } catch (RuntimeException e) {
                        // The batch's transaction rolled back (e.g. a hook refused it): nothing of it was written.
                        LOG.error("Storing a batch of {} failed", b.file, e);
                        problems.add(new ImportProblem(b.file, b.items.get(0).position() + " to "
                                + b.items.get(b.items.size() - 1).position(), "storing failed: " + e.getMessage()));
                    }
                }
                if (b.fileDone) {
                    filesDone++;
                }
                progress.accept(new ImportProgress(b.file, filesDone, files.size(), stored, duplicates, problems.size(),
                        Math.min(reader.bytesRead.get(), bytesTotal), bytesTotal));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            wasCancelled = true;
        } finally {
            for (InFlight f : ahead) {
                if (f.prepared != null) {
                    f.prepared.cancel();
                }
            }
            workers.shutdownNow();
            reader.stop = true;
            queue.clear(); // unblock a reader waiting to put
            thread.interrupt();
            if (stored > 0) {
                library.flushHooks(); // the search index commits what this import added
            }
        }
        LOG.info("Imported {} files: {} stored, {} duplicates, {} problems{}", filesDone, stored, duplicates,
                problems.size(), wasCancelled ? " (cancelled)" : "");
        return new ImportReport(filesDone, stored, duplicates, new ArrayList<>(problems), wasCancelled);
    }

    private StoreResult store(List<ImportedItem> items, PreparedBatch prepared) {
        StoreResult r = prepared == null ? library.store(drafts(items)) : library.store(prepared);
        library.applyExportedState(items, r.ids());
        return r;
    }

    private static List<ArticleDraft> drafts(List<ImportedItem> items) {
        List<ArticleDraft> drafts = new ArrayList<>(items.size());
        for (ImportedItem i : items) {
            drafts.add(i.draft());
        }
        return drafts;
    }

    /** A batch whose preparation was started. */
    private record InFlight(Batch batch, PreparedBatch prepared) {
    }

    /** The import's worker threads: daemons, so that an abandoned import never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "sahifa-import-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private static void expand(Path p, List<Path> files, List<ImportProblem> problems) {
        if (!Files.exists(p)) {
            problems.add(new ImportProblem(p, "", "no such file or directory"));
            return;
        }
        if (!Files.isDirectory(p)) {
            files.add(p);
            return;
        }
        if (!Files.isReadable(p)) {
            problems.add(new ImportProblem(p, "", "permission denied"));
            return;
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
            found = walk.filter(Files::isRegularFile).filter(FileImporter::isSupported)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(p, "", "cannot read the directory: " + e.getMessage()));
            return;
        }
        if (found.isEmpty()) {
            problems.add(new ImportProblem(p, "", "the directory holds no importable files (.json, .jsonl, .txt,"
                    + " .xml, .rss, .atom, optionally .gz)"));
        }
        files.addAll(found);
    }

    /** Items of one file to store in one transaction; or the end of the run. */
    private record Batch(Path file, List<ImportedItem> items, boolean fileDone, boolean end, boolean cancelled) {
    }

    /** Reads the files into batches (on its own thread). */
    private final class Reader implements Runnable, ImportSink {
        final List<Path> files;
        final Charset encoding;
        final BooleanSupplier cancelled;
        final List<ImportProblem> problems;
        final BlockingQueue<Batch> queue;
        volatile boolean stop;
        /** Bytes of finished files plus the bytes read of the current one. */
        final AtomicLong bytesRead = new AtomicLong();
        Path file;
        List<ImportedItem> pending = new ArrayList<>();

        Reader(List<Path> files, Charset encoding, BooleanSupplier cancelled, List<ImportProblem> problems,
               BlockingQueue<Batch> queue) {
            this.files = files;
            this.encoding = encoding;
            this.cancelled = cancelled;
            this.problems = problems;
            this.queue = queue;
        }

        @Override
        public void run() {
            boolean wasCancelled = false;
            try {
                for (Path f : files) {
                    if (stopRequested()) {
                        wasCancelled = true;
                        break;
                    }
                    file = f;
                    long before = bytesRead.get();
                    try {
                        importer.importFile(f, encoding, this, bytesRead);
                        bytesRead.set(before + sizeOf(f));
                        put(new Batch(f, takePending(), true, false, false));
                    } catch (ImportException e) {
                        bytesRead.set(before + sizeOf(f));
                        put(new Batch(f, takePending(), false, false, false));
                        problems.add(new ImportProblem(f, e.position(), e.getMessage()));
                        put(new Batch(f, List.of(), true, false, false));
                    } catch (RuntimeException e) {
                        if (e instanceof CancellationException) {
                            throw e;
                        }
                        LOG.error("Reading {} failed", f, e);
                        bytesRead.set(before + sizeOf(f));
                        put(new Batch(f, takePending(), false, false, false));
                        problems.add(new ImportProblem(f, "", "cannot read: " + e));
                        put(new Batch(f, List.of(), true, false, false));
                    }
                }
            } catch (CancellationException e) {
                wasCancelled = true;
                try {
                    put(new Batch(file, takePending(), false, false, false));
                } catch (CancellationException ignored) {
                    // stopping anyway
                }
            } finally {
                try {
                    queue.put(new Batch(file, List.of(), false, true, wasCancelled));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void item(ImportedItem item) {
            if (stopRequested()) {
                throw new CancellationException();
            }
            pending.add(item);
            if (pending.size() >= BATCH) {
                put(new Batch(file, takePending(), false, false, false));
            }
        }

        @Override
        public void problem(String position, String message) {
            problems.add(new ImportProblem(file, position, message));
        }

        private static long sizeOf(Path f) {
            try {
                return Files.size(f);
            } catch (IOException e) {
                return 0;
            }
        }

        private boolean stopRequested() {
            return stop || cancelled.getAsBoolean();
        }

        private List<ImportedItem> takePending() {
            List<ImportedItem> out = pending;
            pending = new ArrayList<>();
            return out;
        }

        private void put(Batch b) {
            if (stop) {
                throw new CancellationException();
            }
            try {
                queue.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }
    }
}
