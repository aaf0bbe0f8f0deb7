package org.sahifa.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Benchmark helper, not a test: makes the index of a library that repeats one corpus {@code copies} times by
 * appending the corpus index's segments {@code copies} times ({@code IndexWriter.addIndexes}). Posting lists,
 * term dictionaries, stored text and doc values are those of the repeated library; only the stored ids repeat
 * instead of being renumbered, which no query in the latency benchmark looks at. It takes minutes where
 * re-analysing 310k articles takes most of an hour on the shared 2-core machine.
 * {@code java -cp ... org.sahifa.search.RepeatedBenchIndex SOURCE_INDEX TARGET_INDEX COPIES}
 */
public final class RepeatedBenchIndex {

    private RepeatedBenchIndex() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        Files.createDirectories(target);
        long start = System.nanoTime();
        try (Directory from = FSDirectory.open(source); Directory to = FSDirectory.open(target);
             DirectoryReader reader = DirectoryReader.open(from)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            long docs = reader.numDocs();
            try (IndexWriter w = new IndexWriter(to, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int k = 0; k < copies; k++) {
                    w.addIndexes(from);
                    System.out.printf("copy %d of %d (%.0f s)%n", k + 1, copies, (System.nanoTime() - start) / 1e9);
                }
                w.setLiveCommitData(Map.of(ArticleIndex.KEY_VERSION, data.get(ArticleIndex.KEY_VERSION),
                        ArticleIndex.KEY_MAX_ID, Long.toString(docs * copies)).entrySet());
                w.commit();
            }
        }
        System.out.printf("done in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
