package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.sahifa.text.NameMatcher;
import org.sahifa.text.analysis.NameVariants;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of name spellings lives exactly as long as one reader generation. */
class VariantCacheTest {

    private static final List<NameVariants.Variant> SPELLINGS =
            List.of(new NameVariants.Variant("كراباخ", NameMatcher.Match.EXACT, "k|كراباخ"));

    @Test
    void theSameReaderSharesLookupsANewReaderStartsEmpty() throws Exception {
        VariantCache cache = new VariantCache();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField("id", "1", Field.Store.NO));
            w.addDocument(d);
            w.commit();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                Map<String, List<NameVariants.Variant>> lookups = cache.forReader(first).variants();
                int[] computed = {0};
                VariantCache.get(lookups, "k", k -> {
                    computed[0]++;
                    return SPELLINGS;
                });
                assertThat(VariantCache.get(cache.forReader(first).variants(), "k", k -> {
                    computed[0]++;
                    return List.of();
                })).isEqualTo(SPELLINGS);
                assertThat(computed[0]).isEqualTo(1);

                w.addDocument(d);
                w.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    assertThat(second).isNotNull();
                    assertThat(cache.forReader(second).variants()).isEmpty();
                    assertThat(cache.forReader(second).states()).isEmpty();
                    assertThat(cache.forReader(second).weights()).isNotSameAs(cache.forReader(first).weights())
                            .isEmpty();
                    assertThat(cache.forReader(second)).isSameAs(cache.forReader(second));
                    // the matcher's decisions depend on no index: they outlive the generation
                    assertThat(cache.forReader(second).decisions()).isSameAs(cache.forReader(first).decisions());
                }
            }
        }
    }
}
