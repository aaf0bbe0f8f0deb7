package org.sahifa.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A phrase whose weight is reused scores exactly as the phrase, whatever boost or score mode it is searched with. */
class ReusedWeightQueryTest {

    private static final String[] TEXTS = {
        "the security council met the king", "security council", "council of the security experts",
        "the security council and the security council again", "king salman met the security council today",
        "nothing here", "security and council apart"};

    @Test
    void scoresAndHitsAreThoseOfThePhraseForEveryBoostAndScoreMode() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, TEXTS);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<ReusedWeightQuery.Key, Weight> weights = new ConcurrentHashMap<>();
                Query phrase = new PhraseQuery("body", "security", "council");
                for (int round = 0; round < 2; round++) { // the second round reuses every weight of the first
                    for (float boost : new float[] {1f, 2f, 4f, 0.8f}) {
                        Query plain = new BoostQuery(phrase, boost);
                        Query reused = new BoostQuery(new ReusedWeightQuery(phrase, weights), boost);
                        assertThat(hits(searcher, reused)).isEqualTo(hits(searcher, plain));
                        assertThat(searcher.count(reused)).isEqualTo(searcher.count(plain)).isEqualTo(4);
                    }
                    // two tiers of one phrase in one query: each keeps its own boost
                    Query both = new BooleanQuery.Builder()
                            .add(new BoostQuery(new ReusedWeightQuery(phrase, weights), 8f), Occur.SHOULD)
                            .add(new BoostQuery(new ReusedWeightQuery(phrase, weights), 2f), Occur.SHOULD).build();
                    Query bothPlain = new BooleanQuery.Builder().add(new BoostQuery(phrase, 8f), Occur.SHOULD)
                            .add(new BoostQuery(phrase, 2f), Occur.SHOULD).build();
                    assertThat(hits(searcher, both)).isEqualTo(hits(searcher, bothPlain));
                }
                assertThat(weights).isNotEmpty();
            }
        }
    }

    @Test
    void aPhraseThatRewritesIsSearchedAsWhatItRewritesTo() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, TEXTS);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<ReusedWeightQuery.Key, Weight> weights = new ConcurrentHashMap<>();
                Query onePosition = new MultiPhraseQuery.Builder()
                        .add(new Term[] {new Term("body", "king"), new Term("body", "salman")}).setSlop(1).build();
                Query reused = new ReusedWeightQuery(onePosition, weights);
                assertThat(searcher.rewrite(reused)).isEqualTo(searcher.rewrite(onePosition));
                assertThat(hits(searcher, reused)).isEqualTo(hits(searcher, onePosition));

                Query phrase = new PhraseQuery("body", "security", "council");
                assertThat(searcher.rewrite(new ReusedWeightQuery(phrase, weights)))
                        .isInstanceOf(ReusedWeightQuery.class)
                        .isEqualTo(new ReusedWeightQuery(phrase, new ConcurrentHashMap<>()))
                        .hasToString(phrase.toString());
            }
        }
    }

    private static void index(ByteBuffersDirectory dir, String... texts) throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new TextField("body", t, Field.Store.NO));
                w.addDocument(d);
            }
        }
    }

    /** Doc ids and exact scores, in rank order. */
    private static List<String> hits(IndexSearcher searcher, Query q) throws Exception {
        TopDocs top = searcher.search(q, 10);
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + ":" + Float.floatToIntBits(sd.score));
        }
        return out;
    }
}
