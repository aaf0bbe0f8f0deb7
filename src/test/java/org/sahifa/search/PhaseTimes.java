package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.*;
import org.sahifa.search.query.QueryParser;
import java.util.*;

/**
 * Profiling helper, not a test (decision 0219): per two-word bench query, the medians of 25 warm searches' CPU time
 * in compiling, Lucene's search, the 20 hits' stored fields and their highlighting. {@code java -Xmx3g -cp
 * target/test-classes:target/classes:$(cat CP) org.sahifa.search.PhaseTimes DIR/index-x10}, from the checkout.
 */
public final class PhaseTimes {
    static final java.lang.management.ThreadMXBean CPU = BenchSearch.CPU;
    public static void main(String[] a) throws Exception {
        BenchSearch bench = new BenchSearch(a[0]);
        SearchService s = bench.service;
        String[] qs = org.sahifa.bench.SearchLatencyBench.TWO_WORDS;
        for (int w = 0; w < 20; w++) for (String q : qs) s.search(q, SearchOptions.defaults());
        Highlighter h = new Highlighter(SahifaAnalysis.INSTANCE);
        int R = 25;
        for (String q : qs) {
            long[][] t = new long[5][R];
            for (int r = 0; r < R; r++) {
                final int rr = r;
                s.index().withSearcher(searcher -> {
                    try {
                        long c0 = CPU.getCurrentThreadCpuTime();
                        QueryCompiler c = bench.compiler(searcher.getIndexReader());
                        Query query = c.compile(QueryParser.parse(q).root());
                        long c1 = CPU.getCurrentThreadCpuTime();
                        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(20, null, 1000, false));
                        long c2 = CPU.getCurrentThreadCpuTime();
                        var stored = searcher.storedFields();
                        List<Document> docs = new ArrayList<>();
                        for (ScoreDoc sd : top.scoreDocs) docs.add(stored.document(sd.doc));
                        long c3 = CPU.getCurrentThreadCpuTime();
                        var marks = h.prepare(c.terms);
                        for (Document d : docs) marks.highlight(1, d.get(IndexFields.TITLE), d.get(IndexFields.BODY));
                        long c4 = CPU.getCurrentThreadCpuTime();
                        t[0][rr] = c1 - c0; t[1][rr] = c2 - c1; t[2][rr] = c3 - c2; t[3][rr] = c4 - c3; t[4][rr] = c4 - c0;
                    } catch (Exception e) { throw new RuntimeException(e); }
                    return null;
                });
            }
            StringBuilder b = new StringBuilder(q);
            String[] names = {"compile", "lucene", "stored", "highlight", "all"};
            for (int i = 0; i < 5; i++) { Arrays.sort(t[i]); b.append(String.format("  %s %.2f", names[i], t[i][R / 2] / 1e6)); }
            System.out.println(b);
        }
        s.close();
    }
}
