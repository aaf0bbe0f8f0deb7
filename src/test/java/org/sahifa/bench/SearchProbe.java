package org.sahifa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchService;

/**
 * One build's search service over a bench index, timed per search in CPU time: loaded once per build, each in its own
 * class loader, by {@link SearchAb} (session 14, decision 0204). Not shipped.
 */
public final class SearchProbe implements AutoCloseable {
    private final SearchService search;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public SearchProbe(String dir) throws Exception {
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), 10);
        search = SearchService.open(Path.of(dir), corpus);
        search.prepare((d, t) -> { }, () -> false);
    }

    public long time(String q) {
        long c = threads.getCurrentThreadCpuTime();
        search.search(q, SearchOptions.defaults());
        return threads.getCurrentThreadCpuTime() - c;
    }

    public String results() {
        return SearchCpuTime.results(search);
    }

    public static String[] one() { return SearchLatencyBench.ONE_WORD; }
    public static String[] two() { return SearchLatencyBench.TWO_WORDS; }

    @Override
    public void close() throws Exception {
        search.close();
    }
}
