package org.sahifa.search;

import org.apache.lucene.search.*;
import org.sahifa.search.query.QueryParser;
import java.util.*;

/**
 * Profiling helper, not a test (decision 0219): CPU time of each top-level clause of the compiled two-word bench
 * queries over a bench index, searched alone as the service searches (top 20, totals counted to 1,000), medians of 21
 * after warm-up. {@code java -Xmx3g -cp target/test-classes:target/classes:$(cat CP) org.sahifa.search.ClauseTimes
 * DIR/index-x10 [QUERY...]}, run from the checkout (the bench corpus is {@code ../shared/data/bench}).
 */
public final class ClauseTimes {
    static final java.lang.management.ThreadMXBean CPU = BenchSearch.CPU;
    public static void main(String[] a) throws Exception {
        BenchSearch bench = new BenchSearch(a[0]);
        SearchService s = bench.service;
        String[] qs = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : org.sahifa.bench.SearchLatencyBench.TWO_WORDS;
        for (int w = 0; w < 30; w++) for (String q : qs) s.search(q, SearchOptions.defaults());
        for (String q : qs) {
            s.index().withSearcher(searcher -> {
                try {
                    QueryCompiler c = bench.compiler(searcher.getIndexReader());
                    Query query = c.compile(QueryParser.parse(q).root());
                    List<Query> parts = new ArrayList<>();
                    collect(query, parts, 0);
                    long whole = med(searcher, query);
                    System.out.printf("%s  whole %.2f ms, %d parts%n", q, whole / 1e6, parts.size());
                    for (Query p : parts) {
                        String t = p.toString();
                        System.out.printf("   %.3f  %s%n", med(searcher, p) / 1e6, t.length() > 220 ? t.substring(0, 220) + "…" : t);
                    }
                } catch (Exception e) { throw new RuntimeException(e); }
                return null;
            });
        }
        s.close();
    }
    static void collect(Query q, List<Query> out, int depth) {
        if (q instanceof BooleanQuery b && depth < Integer.getInteger("depth", 2)) {
            for (BooleanClause c : b.clauses()) collect(c.getQuery(), out, depth + 1);
        } else out.add(q);
    }
    static long med(IndexSearcher s, Query q) throws java.io.IOException {
        long[] t = new long[21];
        for (int i = 0; i < 5; i++) s.search(q, new TopScoreDocCollectorManager(20, null, 1000, false));
        for (int i = 0; i < t.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            s.search(q, new TopScoreDocCollectorManager(20, null, 1000, false));
            t[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
