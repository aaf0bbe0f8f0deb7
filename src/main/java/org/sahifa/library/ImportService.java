package org.sahifa.library;

import org.sahifa.ingest.FileImporter;
import org.sahifa.ingest.ImportException;
import org.sahifa.ingest.ImportProblem;
import org.sahifa.ingest.ImportSink;
import org.sahifa.ingest.ImportedItem;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.StoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports article files into the library. Directories are walked recursively for the files whose names say a
 * supported format. Items are stored in batches of {@value #BATCH} per transaction through {@link Library#store},
 * so every well-formed item is kept, a crash loses at most the open batch, and nothing is ever half written.
 * A problem (file or item) is reported with its position and the import goes on with the next item or file.
 */
public final class ImportService {

    public static final int BATCH = 500;
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
     * Imports files and directories.
     *
     * @param encoding  the charset of text files ({@code --encoding}), or {@code null} to detect
     * @param progress  told after every batch and file (on the importing thread)
     * @param cancelled polled between items; when it turns true the import stops after storing what it has
     */
    public ImportReport importPaths(List<Path> paths, Charset encoding, Consumer<ImportProgress> progress,
                                    BooleanSupplier cancelled) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            expand(p, files, problems);
        }
        Run run = new Run(files.size(), progress, cancelled, problems);
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                run.cancelled = true;
                break;
            }
            run.file = file;
            try {
                importer.importFile(file, encoding, run);
                run.flush();
            } catch (ImportException e) {
                run.flush();
                problems.add(new ImportProblem(file, e.position(), e.getMessage()));
            } catch (CancellationException e) {
                run.flush();
                run.cancelled = true;
                break;
            } catch (RuntimeException e) {
                // A failed batch (e.g. a hook refused it): nothing of it was written.
                LOG.error("Import of {} failed", file, e);
                run.pending.clear();
                problems.add(new ImportProblem(file, "", "storing failed: " + e.getMessage()));
            }
            run.filesDone++;
            run.report();
        }
        LOG.info("Imported {} files: {} stored, {} duplicates, {} problems{}", files.size(), run.stored,
                run.duplicates, problems.size(), run.cancelled ? " (cancelled)" : "");
        return new ImportReport(run.filesDone, run.stored, run.duplicates, problems, run.cancelled);
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

    /** The state of one import run; the sink the readers deliver to. */
    private final class Run implements ImportSink {
        final int filesTotal;
        final Consumer<ImportProgress> progress;
        final BooleanSupplier cancelledFlag;
        final List<ImportProblem> problems;
        final List<ImportedItem> pending = new ArrayList<>();
        Path file;
        int filesDone;
        long stored;
        long duplicates;
        boolean cancelled;

        Run(int filesTotal, Consumer<ImportProgress> progress, BooleanSupplier cancelled, List<ImportProblem> problems) {
            this.filesTotal = filesTotal;
            this.progress = progress;
            this.cancelledFlag = cancelled;
            this.problems = problems;
        }

        @Override
        public void item(ImportedItem item) {
            if (cancelledFlag.getAsBoolean()) {
                throw new CancellationException();
            }
            pending.add(item);
            if (pending.size() >= BATCH) {
                flush();
                report();
            }
        }

        @Override
        public void problem(String position, String message) {
            problems.add(new ImportProblem(file, position, message));
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<ArticleDraft> drafts = new ArrayList<>(pending.size());
            for (ImportedItem i : pending) {
                drafts.add(i.draft());
            }
            StoreResult r = library.store(drafts);
            stored += r.inserted().size();
            duplicates += r.duplicates();
            library.applyExportedState(pending, r.ids());
            pending.clear();
        }

        void report() {
            progress.accept(new ImportProgress(file, filesDone, filesTotal, stored, duplicates, problems.size()));
        }
    }
}
