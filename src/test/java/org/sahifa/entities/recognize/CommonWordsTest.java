package org.sahifa.entities.recognize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CommonWordsTest {

    /** A tiny list, folded as the bundled one is: كتاب، حكومه، قال، وتين. */
    private final CommonWords small = new CommonWords(Set.of("كتاب", "حكومه", "قال", "وتين"));

    @Test
    void aListedWordIsCommonAsWritten() {
        assertThat(small.code("كتاب")).isEqualTo(CommonWords.AS_WRITTEN);
        assertThat(small.code("قال")).isEqualTo(CommonWords.AS_WRITTEN);
    }

    @Test
    void oneSuffixMayBeStripped() {
        assertThat(small.code("كتابها")).isEqualTo(CommonWords.AS_WRITTEN);
        assertThat(small.code("كتابهم")).isEqualTo(CommonWords.AS_WRITTEN);
        assertThat(small.code("حكومات")).as("ات standing for ه").isEqualTo(CommonWords.AS_WRITTEN);
    }

    @Test
    void aSuffixLeavesAtLeastThreeLetters() {
        assertThat(new CommonWords(Set.of("قا")).code("قال")).isEqualTo(CommonWords.UNKNOWN);
    }

    @Test
    void aWordKnownOnlyWithoutItsProcliticsIsKeptApart() {
        assertThat(small.code("والكتاب")).isEqualTo(CommonWords.WITHOUT_CLITICS);
        assertThat(small.code("للحكومه")).isEqualTo(CommonWords.WITHOUT_CLITICS);
        assertThat(small.code("بوتين")).as("ب + وتين").isEqualTo(CommonWords.WITHOUT_CLITICS);
    }

    @Test
    void unknownWordsAndNonArabicAreUnknown() {
        assertThat(small.code("باشينيان")).isEqualTo(CommonWords.UNKNOWN);
        assertThat(small.code("putin")).isEqualTo(CommonWords.UNKNOWN);
        assertThat(small.code("2023")).isEqualTo(CommonWords.UNKNOWN);
        assertThat(small.code("")).isEqualTo(CommonWords.UNKNOWN);
    }

    @Test
    void theBundledListKnowsCommonWordsButNoForeignNamesOrCountries() {
        CommonWords words = CommonWords.standard();
        for (String w : new String[] {"مدينه", "الحكومه", "وزير", "قال", "المسلحين", "والاقتصاد"}) {
            assertThat(words.code(NameFold.fold(w))).as(w).isNotEqualTo(CommonWords.UNKNOWN);
        }
        for (String w : new String[] {"باشينيان", "ساركوزي", "علييف", "لوكاشينكو", "روسيا", "اذربيجان"}) {
            assertThat(words.code(NameFold.fold(w))).as(w).isEqualTo(CommonWords.UNKNOWN);
        }
    }

    @Property
    void anyWordGetsOneOfTheThreeCodes(@ForAll @StringLength(max = 12) @CharRange(from = '\u0620', to = '\u064A') String w) {
        assertThat(CommonWords.standard().code(w)).isBetween(CommonWords.UNKNOWN, CommonWords.WITHOUT_CLITICS);
    }
}
