package org.sahifa.archive;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP connection to a SolrCloud cluster (the JDK's HTTP client, {@link HttpJdkSolrClient}). Any node answers
 * for the whole cluster; a request that fails because a node is down, restarting or electing a leader (an I/O
 * error or an HTTP 5xx) is retried on the next node, with growing pauses, for up to {@link #patience}; a
 * request the cluster refuses (HTTP 4xx) fails at once. Every operation Sahifa sends is safe to repeat (an
 * article is written under its id). Thread-safe.
 */
public final class ArchiveClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveClient.class);

    /** One request to one node. */
    @FunctionalInterface
    public interface Call<T> {
        T run(SolrClient node) throws SolrServerException, IOException;
    }

    private final List<String> urls;
    private final List<SolrClient> nodes = new ArrayList<>();
    private final Duration patience;
    private volatile int current;

    /** A client for the nodes of {@code address}, retrying failed requests for up to {@code patience}. */
    public ArchiveClient(ArchiveAddress address, Duration patience) {
        this.urls = address.nodes();
        this.patience = patience;
        for (String url : urls) {
            nodes.add(new HttpJdkSolrClient.Builder(url)
                    .withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withIdleTimeout(120, TimeUnit.SECONDS)
                    .useHttp1_1(true)
                    .build());
        }
    }

    /**
     * A client retrying for up to a minute (long enough for a leader election), or as many seconds as the system
     * property {@code sahifa.archive.patience} says.
     */
    public ArchiveClient(ArchiveAddress address) {
        this(address, Duration.ofSeconds(Long.getLong("sahifa.archive.patience", 60)));
    }

    /** Runs {@code call} on a node that answers; {@code what} names the operation in errors. */
    public <T> T call(String what, Call<T> call) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 100;
        Exception last = null;
        for (int attempt = 0; ; attempt++) {
            int i = Math.floorMod(current + attempt, nodes.size());
            try {
                T result = call.run(nodes.get(i));
                current = i;
                return result;
            } catch (SolrException e) {
                if (e.code() >= 400 && e.code() < 500) {
                    throw new ArchiveException(what + " was refused by " + urls.get(i) + " (HTTP " + e.code() + "): "
                            + e.getMessage(), e);
                }
                last = e;
            } catch (SolrServerException | IOException e) {
                last = e;
            }
            LOG.debug("{} failed on {}: {}", what, urls.get(i), last.toString());
            if (System.nanoTime() > deadline) {
                throw new ArchiveException(what + " failed on every Solr node (" + String.join(", ", urls)
                        + ") for " + patience.toSeconds() + " s: " + message(last), last);
            }
            if ((attempt + 1) % nodes.size() == 0) {
                sleep(pause);
                pause = Math.min(2000, pause * 2);
            }
        }
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("Interrupted while waiting for the Solr cluster");
        }
    }

    /** The node URLs. */
    public List<String> urls() {
        return urls;
    }

    @Override
    public void close() {
        for (SolrClient c : nodes) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debug("Closing a Solr client failed", e);
            }
        }
    }
}
