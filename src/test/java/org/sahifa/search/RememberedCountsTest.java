package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedCountsTest {

    @Test
    void answersAsTheCountAndAsksItOncePerWord() {
        Map<String, Integer> asked = new HashMap<>();
        ToLongFunction<String> count = RememberedCounts.of(w -> {
            asked.merge(w, 1, Integer::sum);
            return w.length() * 7L + w.charAt(0);
        });
        for (int round = 0; round < 3; round++) {
            for (String w : new String[] {"الكرد", "كردي", "الأكراد", "a", "كردي"}) {
                assertThat(count.applyAsLong(w)).isEqualTo(w.length() * 7L + w.charAt(0));
            }
        }
        assertThat(asked).containsOnly(Map.entry("الكرد", 1), Map.entry("كردي", 1), Map.entry("الأكراد", 1),
                Map.entry("a", 1));
    }

    @Test
    void staysRightWhenFullAndNullStaysNull() {
        ToLongFunction<String> count = RememberedCounts.of(w -> Long.parseLong(w) * 3);
        for (int i = 0; i < RememberedCounts.MAX_ENTRIES * 2 + 5; i++) {
            assertThat(count.applyAsLong(Integer.toString(i))).isEqualTo(i * 3L);
        }
        assertThat(count.applyAsLong("17")).isEqualTo(51);
        assertThat(RememberedCounts.of(null)).isNull();
    }

    @Test
    void theLibrarysArticleCountsAreTheDocumentFrequencies() throws Exception {
        try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                for (String word : new String[] {"كردي", "كردي", "الأكراد", "كردي"}) {
                    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                    d.add(new org.apache.lucene.document.StringField(IndexFields.BODY_NAME,
                            NameWords.keyTerm(word), org.apache.lucene.document.Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                ToLongFunction<String> articles = NameWords.articlesIn(reader, IndexFields.BODY_NAME);
                for (int round = 0; round < 2; round++) {
                    assertThat(articles.applyAsLong("كردي")).isEqualTo(3);
                    assertThat(articles.applyAsLong("الأكراد")).isEqualTo(1);
                    assertThat(articles.applyAsLong("كرد")).isZero();
                }
            }
        }
    }
}
