package org.sahifa.archive;

import org.sahifa.library.Library;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchService;
import org.sahifa.search.StoreArticleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The archive benchmark (docs/performance.md): a library of the seed and the first N SaudiNewsNet articles, pushed
 * to a two-node SolrCloud test cluster (2 shards × 2 replicas, in this JVM) and indexed by the embedded index in
 * the same run; push/index throughput, index bytes per article, and the latency of the name-query set (20 hits
 * with snippets, as the window asks) on both.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sahifa.archive.ArchiveBench 5000 5
 * </pre>
 */
public final class ArchiveBench {

    private ArchiveBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("sahifa-archive-bench");
        long t0 = System.nanoTime();
        try (Library library = ArchiveCluster.library(dir, articles);
             ArchiveCluster cluster = new ArchiveCluster(dir.resolve("cluster"), 2)) {
            long n = library.articles().count();
            System.out.printf(Locale.ROOT, "library: %d articles imported in %.1f s%n", n, seconds(t0));

            long e0 = System.nanoTime();
            Path embeddedDir = dir.resolve("embedded-index");
            try (SearchService embedded = SearchService.open(embeddedDir,
                    new StoreArticleSource(library.database(), library.articles()))) {
                embedded.prepare((done, total) -> { }, () -> false);
            }
            double embeddedSeconds = seconds(e0);
            long embeddedBytes = size(embeddedDir);
            System.out.printf(Locale.ROOT, "embedded index: %.1f s, %.0f articles/s, %.1f KiB per article%n",
                    embeddedSeconds, n / embeddedSeconds, embeddedBytes / 1024.0 / n);

            ArchiveAddress address = cluster.address("bench");
            try (ArchiveClient client = new ArchiveClient(address)) {
                ArchiveSetup.init(client, address, 2, 2);
                long p0 = System.nanoTime();
                PushResult pushed = ArchivePush.push(library, client, address, PushProgress.NONE, () -> false);
                double pushSeconds = seconds(p0);
                long solrBytes = size(dir.resolve("cluster"), p -> p.toString().contains("/data/index"));
                System.out.printf(Locale.ROOT, "push: %d articles in %.1f s, %.0f articles/s; cluster index %.1f KiB"
                                + " per article per replica (2 replicas)%n", pushed.sent(), pushSeconds,
                        pushed.sent() / pushSeconds, solrBytes / 1024.0 / pushed.collection() / 2);

                ArchiveSearch archive = new ArchiveSearch(client, address);
                SearchOptions options = SearchOptions.defaults().withZone(ZoneOffset.UTC)
                        .withSnippets(SearchOptions.defaults().limit());
                List<String> queries = NameQueries.all();
                List<Long> local = new ArrayList<>();
                List<Long> shared = new ArrayList<>();
                for (int r = 0; r <= rounds; r++) { // round 0 warms up
                    for (String q : queries) {
                        long s0 = System.nanoTime();
                        library.search().search(q, options);
                        long s1 = System.nanoTime();
                        archive.search(q, options);
                        long s2 = System.nanoTime();
                        if (r > 0) {
                            local.add(s1 - s0);
                            shared.add(s2 - s1);
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "queries: %d (%d x %d rounds)%n", local.size(), queries.size(), rounds);
                System.out.printf(Locale.ROOT, "embedded: p50 %.1f ms, p99 %.1f ms%n", pct(local, 50), pct(local, 99));
                System.out.printf(Locale.ROOT, "archive:  p50 %.1f ms, p99 %.1f ms%n", pct(shared, 50), pct(shared, 99));
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static long size(Path dir) throws IOException {
        return size(dir, p -> true);
    }

    private static long size(Path dir, java.util.function.Predicate<Path> which) throws IOException {
        long[] total = {0};
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(which).forEach((Consumer<Path>) p -> {
                try {
                    total[0] += Files.size(p);
                } catch (IOException e) {
                    // a file merged away while walking
                }
            });
        }
        return total[0];
    }
}
