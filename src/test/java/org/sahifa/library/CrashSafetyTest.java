package org.sahifa.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A process killed with SIGKILL in the middle of a large import leaves a sound library with every committed batch. */
class CrashSafetyTest {

    static final int ITEMS = 40_000;

    @TempDir
    Path tmp;

    @Test
    void killedMidImportTheLibraryOpensIntactWithEveryCommittedBatch() throws Exception {
        Path file = tmp.resolve("big.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ITEMS; i++) {
                w.write("{\"title\":\"خبر رقم " + i + "\",\"body\":\"نص الخبر " + i + " عن موسكو وطهران.\",\"guid\":\"g" + i + "\"}\n");
            }
        }
        Path data = tmp.resolve("lib");
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaCmd, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback-test.xml", CrashImportChild.class.getName(),
                data.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastCommitted = 0;
        boolean finished = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Long.parseLong(line.substring(10));
                    if (lastCommitted >= 3000) {
                        child.destroyForcibly(); // SIGKILL on Unix
                        break;
                    }
                } else if (line.equals("done")) {
                    finished = true;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(finished).as("the import must be killed before it ends").isFalse();
        assertThat(lastCommitted).isGreaterThanOrEqualTo(3000);

        long count;
        try (Library library = Library.open(data)) {
            String check = library.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(check).isEqualTo("ok");
            count = library.articles().count();
            assertThat(count).isGreaterThanOrEqualTo(lastCommitted).isLessThan(ITEMS);
            assertThat(count % ImportService.BATCH).as("only whole batches").isZero();
            // No article was stored without its names: recognised ahead, they were stored in the same transaction.
            assertThat(library.entities().unscanned()).isZero();
            // The search index (committed at intervals) catches up what the kill left uncommitted.
            library.search().prepare(org.sahifa.search.IndexProgress.NONE, () -> false);
        }
        try (org.apache.lucene.store.FSDirectory d = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            assertThat((long) r.numDocs()).as("index after catch-up").isEqualTo(count);
        }
        try (Library library = Library.open(data)) {
            // Re-running the import completes the library without duplicates.
            ImportReport r = library.imports().importPaths(java.util.List.of(file));
            assertThat(r.ok()).isTrue();
            assertThat(r.duplicates()).isEqualTo(count);
            assertThat(library.articles().count()).isEqualTo(ITEMS);
        }
    }
}
