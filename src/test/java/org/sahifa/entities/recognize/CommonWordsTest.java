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

    /**
     * The bundled list's answers for its words with and without clitics and suffixes, and for the name list's words,
     * are those of plain set look-ups (the code before {@link WordTable}), written out here.
     */
    @Test
    void theBundledListAnswersAsPlainSetLookups() {
        CommonWords words = CommonWords.standard();
        Set<String> set = new java.util.HashSet<>(words.words());
        java.util.List<String> probes = new java.util.ArrayList<>();
        int i = 0;
        for (String w : set) {
            if (i++ % 7 == 0) {
                probes.add(w);
                probes.add("وال" + w);
                probes.add(w + "ها");
                probes.add(w.substring(0, w.length() - 1) + "ات");
                probes.add("ب" + w + "هم");
            }
        }
        NameWordList.standard().words().stream().limit(20_000).forEach(probes::add);
        int known = 0;
        for (String w : probes) {
            int expected = referenceCode(set, w);
            assertThat(words.code(w)).as(w).isEqualTo(expected);
            known += expected == CommonWords.UNKNOWN ? 0 : 1;
        }
        assertThat(known).as("the probes reach all three codes").isBetween(probes.size() / 4, probes.size() - 1000);
    }

    private static int referenceCode(Set<String> words, String fold) {
        if (!CommonWords.hasArabicLetter(fold)) {
            return CommonWords.UNKNOWN;
        }
        if (referenceKnown(words, fold)) {
            return CommonWords.AS_WRITTEN;
        }
        for (String r : Clitics.readings(fold)) {
            String bare = r.length() > 4 && r.startsWith("ال") ? r.substring(2) : null;
            if (r != fold && referenceKnown(words, r) || bare != null && referenceKnown(words, bare)) {
                return CommonWords.WITHOUT_CLITICS;
            }
        }
        return CommonWords.UNKNOWN;
    }

    private static boolean referenceKnown(Set<String> words, String w) {
        if (words.contains(w)) {
            return true;
        }
        for (String suffix : CommonWords.SUFFIXES) {
            int base = w.length() - suffix.length();
            if (base >= 3 && w.endsWith(suffix)) {
                String b = w.substring(0, base);
                if (words.contains(b) || words.contains(b + "ه")) {
                    return true;
                }
            }
        }
        return false;
    }
}
