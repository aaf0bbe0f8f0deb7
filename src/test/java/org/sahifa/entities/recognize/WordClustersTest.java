package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClustersTest {

    private static ByteArrayInputStream gz(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(b.toByteArray());
    }

    @Test
    void aWordHasItsFineAndCoarseClassAndAnUnknownWordNone() throws IOException {
        WordClusters c = WordClusters.read(gz("# comment\nبوتين\t12\t3\nموسكو\t40\t7\n"), "test");
        assertThat(c.fine("بوتين")).isEqualTo(12);
        assertThat(c.coarse("بوتين")).isEqualTo(3);
        assertThat(c.fine("موسكو")).isEqualTo(40);
        assertThat(c.fine("باريس")).isZero();
        assertThat(c.coarse("باريس")).isZero();
    }

    @Test
    void classFeaturesAreWrittenOnlyWhenClassesAreGiven() throws IOException {
        WordClusters c = WordClusters.read(gz("ترامب\t12\t3\nطهران\t40\t7\n"), "test");
        var gazetteer = org.sahifa.entities.gazetteer.Gazetteer.standard();
        var tokens = Tokenizer.tokenize("زار ترامب طهران");
        Features with = new Features(gazetteer, CommonWords.standard(), NameWordList.standard(), c);
        Features without = new Features(gazetteer, CommonWords.standard(), NameWordList.standard(), WordClusters.NONE);
        long[] a = with.extract(with.analyse(tokens), null);
        long[] b = without.extract(without.analyse(tokens), null);
        for (int i = 0; i < tokens.size(); i++) {
            int o = i * Features.PER_TOKEN;
            for (int k = 0; k < 56; k++) {
                assertThat(a[o + k]).as("feature %d of token %d does not depend on the classes", k, i).isEqualTo(b[o + k]);
            }
            for (int k = 56; k < Features.PER_TOKEN; k++) {
                assertThat(b[o + k]).as("no classes, no feature").isZero();
                assertThat(a[o + k]).isNotZero();
            }
        }
        assertThat(WordClusters.standard().size()).as("nothing shipped, no property set").isZero();
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> WordClusters.read(gz("بوتين\t12\t3\nموسكو\t40\n"), "clusters.tsv.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("clusters.tsv.gz: line 2");
        assertThatThrownBy(() -> WordClusters.read(gz("بوتين\tx\t3\n"), "c"))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> WordClusters.read(gz("بوتين\t0\t3\n"), "c"))
                .isInstanceOf(IOException.class).hasMessageContaining("1 to 65535");
    }
}
