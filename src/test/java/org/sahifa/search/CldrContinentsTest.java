package org.sahifa.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The continents CLDR names in one word are pairs of the bilingual lists (decision 0195). */
class CldrContinentsTest {

    @Test
    void continentsAreReadByTheirArabicNames() {
        assertThat(CldrContinents.oneWordPairs()).anySatisfy(p -> assertThat(p).containsExactly("Europe", "أوروبا"));
        NameLexiconWords lists = NameLexiconWords.standard();
        assertThat(lists.arabicOf("europe")).contains("اوروبا");
        assertThat(lists.arabicOf("africa")).isNotEmpty();
        // a continent is no country: no adjective forms of it are searched as the name
        assertThat(lists.isCountry("اوروبا")).isFalse();
    }
}
