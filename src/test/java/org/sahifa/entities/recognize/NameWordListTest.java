package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NameWordListTest {

    private final NameWordList list = new NameWordList(Map.of("سولانا", 1, "لاريجاني", 3, "مارتن", 992, "في", 40, "ين", 7),
            Set.of("في", "بين"));

    @Test
    void codesGrowWithHowOftenWikidataWritesTheWord() {
        assertThat(list.code("سولانا")).isEqualTo(1);
        assertThat(list.code("لاريجاني")).isEqualTo(2);
        assertThat(list.code("مارتن")).isEqualTo(3);
        assertThat(list.code("الحكومه")).isZero();
    }

    @Test
    void aWordIsAlsoFoundWithoutItsProclitics() {
        assertThat(list.code("وسولانا")).isEqualTo(1);
        assertThat(list.code("لمارتن")).isEqualTo(3);
    }

    @Test
    void functionWordsAreNeverNameWords() {
        assertThat(list.code("في")).as("listed, but a preposition").isZero();
        assertThat(list.code("بين")).as("not ب + ين").isZero();
        assertThat(list.code("وين")).isEqualTo(3);
    }

    @Test
    void theBundledListKnowsForeignNamesInArabicScript() {
        NameWordList bundled = NameWordList.standard();
        assertThat(bundled.words()).hasSizeGreaterThan(10_000);
        for (String name : new String[] {"ساركوزي", "لوكاشينكو", "علييف"}) {
            assertThat(bundled.code(NameFold.fold(name))).as(name).isPositive();
        }
        assertThat(bundled.code(NameFold.fold("المفاوضات"))).isZero();
        for (String word : new String[] {"في", "من", "على", "إلى", "كان", "بين"}) {
            assertThat(bundled.code(NameFold.fold(word))).as(word).isZero();
        }
        assertThat(bundled.code(NameFold.fold("أبو"))).as("a name particle stays").isPositive();
    }

    @Test
    void aListedWordCountedZeroTimesIsStillListed() {
        NameWordList zero = new NameWordList(Map.of("سولانا", 0), Set.of());
        assertThat(zero.code("سولانا")).isEqualTo(1);
        assertThat(zero.code("وسولانا")).isEqualTo(1);
    }

    /** The bundled list answers for its words, with proclitics and altered, as plain map look-ups did. */
    @Test
    void theBundledListAnswersAsPlainMapLookups() {
        NameWordList bundled = NameWordList.standard();
        Map<String, Integer> counts = new java.util.HashMap<>();
        Set<String> functionWords = new java.util.HashSet<>();
        BundledWords.read(NameWordList.FUNCTION_WORDS, functionWords::add);
        BundledWords.read(NameWordList.RESOURCE, line -> {
            String[] f = line.split("\t");
            String w = NameFold.fold(f[0].strip());
            if (w.length() >= 2 && w.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
                counts.merge(w, Integer.parseInt(f[2].strip()), Integer::sum);
            }
        });
        counts.keySet().removeAll(functionWords);
        java.util.List<String> probes = new java.util.ArrayList<>(functionWords);
        for (String w : counts.keySet()) {
            probes.add(w);
            probes.add("و" + w);
            probes.add("بال" + w);
            probes.add(w.substring(1));
        }
        int[] byCode = new int[4];
        for (String w : probes) {
            Integer n = functionWords.contains(w) ? null : counts.get(w);
            if (n == null && !functionWords.contains(w)) {
                for (String r : Clitics.readings(w)) {
                    if (r != w && (n = counts.get(r)) != null) {
                        break;
                    }
                }
            }
            int expected = n == null ? 0 : n >= 5 ? 3 : n >= 2 ? 2 : 1;
            assertThat(bundled.code(w)).as(w).isEqualTo(expected);
            byCode[expected]++;
        }
        for (int c = 0; c < byCode.length; c++) {
            assertThat(byCode[c]).as("probes answered " + c).isGreaterThan(1000);
        }
    }
}
