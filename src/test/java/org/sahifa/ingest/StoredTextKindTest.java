package org.sahifa.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-unit table that {@link StoredText} classifies characters by answers as the rules it is built from. */
class StoredTextKindTest {

    @Test
    void everyUtf16UnitIsSpaceAndInvisibleExactlyWhenItsRuleSaysSo() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(StoredText.isSpace(c)).as("U+%04X space", i).isEqualTo(StoredText.isSpaceByRule(c));
            assertThat(StoredText.isBlank(String.valueOf(c))).as("U+%04X invisible", i)
                    .isEqualTo(StoredText.isInvisibleByRule(c));
        }
        assertThat(StoredText.isSpace('\u00A0')).isTrue();
        assertThat(StoredText.isSpace('\u200B')).isTrue();
        assertThat(StoredText.isSpace('\u200F')).isFalse();
        assertThat(StoredText.isBlank("\u200F\u00A0\u061C")).isTrue();
        assertThat(StoredText.isBlank("\u200F\u0627")).isFalse();
    }

    @Test
    void bodiesAndLinesAreCleanedByTheTable() {
        assertThat(StoredText.body("\u00A0 أول\u200B \n\u200F\u00A0\n\tثان\uFEFF\n")).isEqualTo("أول\n\nثان");
        assertThat(StoredText.line("\u2003عنوان\u00A0\u00A0الخبر\u200B")).isEqualTo("عنوان الخبر");
        assertThat(StoredText.line("\u200E\u00A0")).isNull();
    }
}
