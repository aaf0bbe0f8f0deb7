package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.*;
import org.sahifa.search.query.QueryParser;
import java.util.*;

/**
 * Profiling helper, not a test (decision 0219): the highlighting of one query's 20 hits, repeated, with its median CPU
 * time ({@code java -cp … org.sahifa.search.HlLoop DIR/index-x10 QUERY ROUNDS}; run it under JFR to see where it goes).
 */
public final class HlLoop {
    static final java.lang.management.ThreadMXBean CPU = BenchSearch.CPU;
    public static void main(String[] a) throws Exception {
        BenchSearch bench = new BenchSearch(a[0]);
        SearchService s = bench.service;
        String q = a[1];
        int rounds = Integer.parseInt(a[2]);
        s.index().withSearcher(searcher -> {
            try {
                QueryCompiler c = bench.compiler(searcher.getIndexReader());
                Query query = c.compile(QueryParser.parse(q).root());
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(20, null, 1000, false));
                var stored = searcher.storedFields();
                List<Document> docs = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) docs.add(stored.document(sd.doc));
                Highlighter h = new Highlighter(SahifaAnalysis.INSTANCE);
                System.out.println("terms: exact " + c.terms.exact.size() + " stems " + c.terms.stems.size() + " names " + c.terms.names.size() + " phrases " + c.terms.phrases.size());
                for (var p : c.terms.phrases) System.out.println("  " + p);
                long[] t = new long[rounds];
                for (int r = 0; r < rounds; r++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    var marks = h.prepare(c.terms);
                    for (Document d : docs) marks.highlight(1, d.get(IndexFields.TITLE), d.get(IndexFields.BODY));
                    t[r] = CPU.getCurrentThreadCpuTime() - c0;
                }
                Arrays.sort(t);
                System.out.printf("highlight p50 %.3f ms%n", t[rounds / 2] / 1e6);
            } catch (Exception e) { throw new RuntimeException(e); }
            return null;
        });
        s.close();
    }
}
