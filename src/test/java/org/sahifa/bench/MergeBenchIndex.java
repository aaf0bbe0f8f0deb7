package org.sahifa.bench;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/**
 * Merges a COPY of a bench index down to a number of segments, for the segment-count A/B of docs/performance.md
 * (session 15): {@code java -Xmx2g -cp target/test-classes:$(cat /tmp/cp.txt) org.sahifa.bench.MergeBenchIndex
 * COPY/index-x10 1}. Not shipped; never run it on an index another run reads.
 */
public final class MergeBenchIndex {
    private MergeBenchIndex() {
    }

    public static void main(String[] a) throws Exception {
        try (FSDirectory d = FSDirectory.open(Path.of(a[0]));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(null)
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            long t = System.nanoTime();
            w.forceMerge(Integer.parseInt(a[1]));
            w.commit();
            System.out.printf("merged to %s segment(s) in %.1f s%n", a[1], (System.nanoTime() - t) / 1e9);
        }
    }
}
