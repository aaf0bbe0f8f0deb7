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
}
