package org.sahifa.archive;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.sahifa.library.Library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * A real SolrCloud cluster for tests and the archive benchmark: {@link MiniSolrCloudCluster} with two Jetty nodes
 * and an embedded ZooKeeper in this JVM, used without the Solr test framework's JUnit 4 runner. The plugin's
 * classes are on the test class path, as the plugin jar is on a node's.
 */
final class ArchiveCluster implements AutoCloseable {

    static final Path SEED = Files.exists(Path.of("../shared/seeds/karabakh-report.txt"))
            ? Path.of("../shared/seeds/karabakh-report.txt") : Path.of("samples/karabakh-report.txt");
    static final Path SAUDI_NEWS_NET = Path.of("../shared/data/bench/saudinewsnet.jsonl.gz");

    final MiniSolrCloudCluster cluster;

    ArchiveCluster(Path dir, int nodes) throws Exception {
        System.setProperty("solr.autoSoftCommit.maxTime", "1000");
        System.setProperty("solr.autoCommit.maxTime", "5000");
        System.setProperty("zookeeper.admin.enableServer", "false");
        System.setProperty("solr.cloud.wait-for-updates-with-stale-state-pause", "500");
        cluster = new MiniSolrCloudCluster.Builder(nodes, dir).withMetrics(false).build();
    }

    /** {@code http://127.0.0.1:PORT/solr} of every running node. */
    List<String> urls() {
        List<String> out = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            if (j.isRunning()) {
                out.add(j.getBaseUrl().toString());
            }
        }
        return out;
    }

    ArchiveAddress address(String collection) {
        return ArchiveAddress.of(String.join(",", urls()), collection);
    }

    JettySolrRunner stop(int node) throws Exception {
        JettySolrRunner j = cluster.getJettySolrRunner(node);
        cluster.stopJettySolrRunner(j);
        cluster.waitForJettyToStop(j);
        return j;
    }

    void restart(JettySolrRunner j, String... collections) throws Exception {
        cluster.startJettySolrRunner(j, true);
        cluster.waitForNode(j, 60);
        for (String c : collections) {
            cluster.waitForActiveCollection(c, 120, TimeUnit.SECONDS);
        }
    }

    /** A library with the seed report and the first {@code saudiNewsNet} articles of SaudiNewsNet (when present). */
    static Library library(Path dir, int saudiNewsNet) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>(List.of(SEED));
        if (saudiNewsNet > 0 && Files.isRegularFile(SAUDI_NEWS_NET)) {
            Path part = in.resolve("saudinewsnet-part.jsonl");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(SAUDI_NEWS_NET)), StandardCharsets.UTF_8));
                 Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                for (int i = 0; i < saudiNewsNet; i++) {
                    String line = r.readLine();
                    if (line == null) {
                        break;
                    }
                    w.write(line);
                    w.write('\n');
                }
            }
            files.add(part);
        }
        Library library = Library.open(dir.resolve("library"));
        library.imports().importPaths(files);
        return library;
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
