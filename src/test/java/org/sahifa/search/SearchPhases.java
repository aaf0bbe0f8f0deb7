package org.sahifa.search;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.sahifa.search.query.QueryParser;

import java.nio.file.Path;
import java.time.ZoneOffset;

/** Profiling helper, not a test: where a search's time goes (compile, collect, highlight) over a built index. */
public final class SearchPhases {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String[] queries = org.sahifa.bench.SearchLatencyBench.TWO_WORDS;
        MemorySource none = new MemorySource();
        try (ArticleIndex index = ArticleIndex.open(dir, SahifaAnalysis.INSTANCE, new FixedCount(none, args))) {
            Highlighter h = new Highlighter(SahifaAnalysis.INSTANCE);
            for (int round = 0; round < 40; round++) {
                long compile = 0, collectExact = 0, collect1000 = 0, highlight = 0;
                for (String q : queries) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    var result = index.withSearcher(s -> {
                        long a = CPU.getCurrentThreadCpuTime();
                        QueryCompiler c = new QueryCompiler(SahifaAnalysis.INSTANCE,
                                new LibraryIndex(s.getIndexReader(), none), ZoneOffset.UTC);
                        Query query = c.compile(QueryParser.parse(q).root());
                        long b = CPU.getCurrentThreadCpuTime();
                        TopDocs top = s.search(query, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE, false));
                        long d = CPU.getCurrentThreadCpuTime();
                        s.search(query, new TopScoreDocCollectorManager(20, null, 1000, false));
                        long e = CPU.getCurrentThreadCpuTime();
                        var stored = s.storedFields();
                        for (var sd : top.scoreDocs) {
                            var doc = stored.document(sd.doc);
                            h.marks(doc.get(IndexFields.TITLE), c.terms);
                            h.marks(doc.get(IndexFields.BODY), c.terms);
                        }
                        long f = CPU.getCurrentThreadCpuTime();
                        return new long[] {b - a, d - b, e - d, f - e, top.totalHits.value};
                    });
                    compile += result[0];
                    collectExact += result[1];
                    collect1000 += result[2];
                    highlight += result[3];
                    if (round == 39) {
                        System.out.printf("%s: hits %d compile %.1f exact %.1f top1000 %.1f highlight %.1f ms%n", q,
                                result[4], result[0] / 1e6, result[1] / 1e6, result[2] / 1e6, result[3] / 1e6);
                    }
                }
                System.out.printf("round %d per query: compile %.1f collect-exact %.1f collect-1000 %.1f highlight %.1f ms%n",
                        round, compile / 1e6 / queries.length, collectExact / 1e6 / queries.length,
                        collect1000 / 1e6 / queries.length, highlight / 1e6 / queries.length);
            }
        }
    }

    /** The index must not think it lags: report its own count. */
    private static final class FixedCount implements ArticleSource {
        private final MemorySource delegate;
        private final long count;

        FixedCount(MemorySource delegate, String[] args) {
            this.delegate = delegate;
            this.count = Long.parseLong(args[1]);
        }

        public long count() { return count; }
        public long maxId() { return count; }
        public java.util.List<org.sahifa.store.Article> scan(long afterId, int limit) { return java.util.List.of(); }
        public java.util.List<org.sahifa.store.Article> get(java.util.Collection<Long> ids) { return java.util.List.of(); }
        public long[] ids() { return new long[0]; }
        public long[] readIds() { return new long[0]; }
        public long[] bookmarkedIds() { return new long[0]; }
        public java.util.Map<Long, ArticleFlags> flags(java.util.Collection<Long> ids) { return delegate.flags(ids); }
    }
}
