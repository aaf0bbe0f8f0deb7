package org.sahifa.bench;

import org.sahifa.search.ArticleIndex;
import org.sahifa.search.IndexAnalysis;
import org.sahifa.store.Article;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the import's index writer does, alone: the first {@code ARTICLES} SaudiNewsNet articles ({@link BenchCorpus};
 * benchmarks only) are handed to a new {@link ArticleIndex} in batches of 500 as the import hands them over
 * ({@link ArticleIndex#indexLater}), then committed ({@link ArticleIndex#flush}). Prints the process CPU of the
 * indexing (analysis, inversion, flushes, merges, commits; and the JIT and GC they cause), its wall time and the
 * index's document count, so two builds of the index writer can be compared in fresh JVMs:
 * <pre>java -Xmx2g -cp target/test-classes:target/sahifa.jar org.sahifa.bench.IndexCpuTime [ARTICLES=10000] [ROUNDS=1]</pre>
 * Each round writes a new index into a temporary folder (deleted afterwards).
 */
public final class IndexCpuTime {

    private IndexCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Article> corpus = BenchCorpus.load(BenchCorpus.FILE, articles);
        BenchCorpus source = new BenchCorpus(corpus, 1);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 1; r <= rounds; r++) {
            Path dir = Files.createTempDirectory("sahifa-index-cpu");
            try {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long docs;
                try (ArticleIndex index = ArticleIndex.open(dir, IndexAnalysis.standard(), source)) {
                    for (int from = 0; from < corpus.size(); from += 500) {
                        index.indexLater(corpus.subList(from, Math.min(corpus.size(), from + 500)));
                    }
                    index.flush();
                    docs = index.liveDocs();
                }
                long c1 = os.getProcessCpuTime();
                long t1 = System.nanoTime();
                long bytes;
                try (Stream<Path> files = Files.list(dir)) {
                    bytes = files.mapToLong(f -> f.toFile().length()).sum();
                }
                System.out.printf("round %d: %d documents, process CPU %.2f s, wall %.2f s, index %.1f MB%n",
                        r, docs, (c1 - c0) / 1e9, (t1 - t0) / 1e9, bytes / 1e6);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
