package org.sahifa.bench;

import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether two bench indexes (e.g. as built and merged, decision 0233) find the same articles with the same scores for
 * every benchmark query, whatever the order of equal scores (their first 1,000 hits: see {@link #set}): {@code java -Xmx3g -cp target/test-classes:target/classes:
 * $(cat /tmp/cp.txt) org.sahifa.bench.BenchResultSets DIR_A/index-x10 DIR_B/index-x10}. Prints per query the number of
 * hits and hashes of its hits' scores and (article id, score) pairs for each index, and the queries where they differ; exit code 1 when any does. Opens the indexes as the library does (a writer
 * that commits nothing unless the index lags the corpus): use copies of indexes another run reads. Not shipped.
 */
public final class BenchResultSets {
    private BenchResultSets() {
    }

    public static void main(String[] a) throws Exception {
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), 10);
        List<Map<String, String>> all = new ArrayList<>();
        for (String dir : a) {
            Map<String, String> sets = new TreeMap<>();
            try (SearchService search = SearchService.open(Path.of(dir), corpus)) {
                for (String[] queries : new String[][] {SearchLatencyBench.ONE_WORD, SearchLatencyBench.TWO_WORDS}) {
                    for (String q : queries) {
                        sets.put(q, set(search, q));
                    }
                }
            }
            all.add(sets);
        }
        int differ = 0;
        for (String q : all.get(0).keySet()) {
            StringBuilder line = new StringBuilder(q);
            boolean same = true;
            for (Map<String, String> sets : all) {
                line.append('\t').append(sets.get(q));
                same &= sets.get(q).equals(all.get(0).get(q));
            }
            if (!same) {
                differ++;
                line.append("\tDIFFERS");
            }
            System.out.println(line);
        }
        System.out.printf("%d of %d queries find other articles or scores%n", differ, all.get(0).size());
        System.exit(differ == 0 ? 0 : 1);
    }

    /**
     * The hits of {@code q} (at most {@link SearchOptions#MAX_LIMIT}): "hits/total:scores:above", a hash of every hit's
     * score (sorted) and a hash of the sorted (article id, score) pairs of every hit — or, when the limit cut the
     * list, of every hit scored above the last hit's score (which of several equal-scored articles falls inside the
     * limit follows the document order, which a merge changes).
     */
    private static String set(SearchService search, String q) {
        SearchResults r = search.search(q, SearchOptions.defaults().withLimit(SearchOptions.MAX_LIMIT).withSnippets(0));
        List<SearchHit> hits = r.hits();
        boolean cut = hits.size() == SearchOptions.MAX_LIMIT;
        float last = hits.isEmpty() ? 0 : hits.get(hits.size() - 1).score();
        long[] scores = new long[hits.size()];
        List<Long> pairs = new ArrayList<>();
        int k = 0;
        for (SearchHit h : hits) {
            scores[k++] = Float.floatToIntBits(h.score());
            if (!cut || h.score() > last) {
                pairs.add((h.articleId() << 32) ^ (Float.floatToIntBits(h.score()) & 0xffffffffL));
            }
        }
        java.util.Arrays.sort(scores);
        java.util.Collections.sort(pairs);
        long a = 0;
        for (long v : scores) {
            a = a * 1_000_003 + v;
        }
        long b = 0;
        for (long v : pairs) {
            b = b * 1_000_003 + v;
        }
        return String.format("%d/%d:%016x:%d:%016x", hits.size(), r.totalHits(), a, pairs.size(), b);
    }
}
