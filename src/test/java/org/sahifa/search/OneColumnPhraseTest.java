package org.sahifa.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.sahifa.search.query.QueryNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-column exact "phrase" (the clitic forms of decision 0179) is searched as the optional term queries Lucene
 * rewrites it to, built from the index's term queries (decision 0204): the same hits with the same scores as the
 * {@code MultiPhraseQuery} it replaces, in two fields of different weights, over several segments.
 */
class OneColumnPhraseTest {

    private static final List<String> WORDS = List.of("للقاهره", "وللقاهره", "فللقاهره", "القاهره", "مصر", "لهيئه",
            "وهيئه", "هيئه");

    @Test
    void scoresAsTheOneColumnPhraseItReplaces() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(204);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 400; i++) {
                    Document d = new Document();
                    d.add(new TextField(IndexFields.TITLE_EXACT, words(random, 3), Field.Store.NO));
                    d.add(new TextField(IndexFields.BODY_EXACT, words(random, 12), Field.Store.NO));
                    w.addDocument(d);
                    if (i % 97 == 0) {
                        w.commit(); // several segments
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryIndex index = termStatesOf(searcher);
                for (List<String> column : List.of(List.of("للقاهره", "وللقاهره", "فللقاهره"),
                        List.of("لهيئه", "وهيئه", "بهيئه"), List.of("غائب"))) {
                    Query now = JoinedPhraseWords.exactPhrase(List.of(column), index, 4f, 2f);
                    TopDocs expected = searcher.search(asPhrase(column, 4f, 2f), 500);
                    TopDocs actual = searcher.search(now, 500);
                    assertThat(actual.totalHits.value).isEqualTo(expected.totalHits.value);
                    for (int i = 0; i < expected.scoreDocs.length; i++) {
                        ScoreDoc e = expected.scoreDocs[i];
                        ScoreDoc a = actual.scoreDocs[i];
                        assertThat(a.doc).isEqualTo(e.doc);
                        assertThat(Float.floatToIntBits(a.score)).isEqualTo(Float.floatToIntBits(e.score));
                    }
                    if (!column.contains("غائب")) {
                        assertThat(expected.totalHits.value).isGreaterThan(50);
                    }
                }
            }
        }
    }

    /** The query before decision 0204: the column as a one-position phrase in each exact field. */
    private static Query asPhrase(List<String> column, float weight, float title) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
            MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
            m.add(column.stream().map(w -> new Term(field, w)).toArray(Term[]::new), 0);
            float boost = field.equals(IndexFields.TITLE_EXACT) ? weight * title : weight;
            b.add(new BoostQuery(m.build(), boost), Occur.SHOULD);
        }
        return b.build();
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return s.toString();
    }

    /** An index whose term queries carry their looked-up statistics, as the library's do. */
    private static QueryIndex termStatesOf(IndexSearcher searcher) {
        return new QueryIndex() {
            @Override
            public Query term(Term t) {
                try {
                    return new TermQuery(t, TermStates.build(searcher, t, true));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<String> termsStartingWith(String field, String prefix, int max) {
                throw new UnsupportedOperationException();
            }

            @Override
            public NameWords names() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long writtenArticles(String word) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean sameName(String typed, String spelling) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Query linked(QueryNode.Entity e) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Query state(QueryNode.ArticleState state) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
