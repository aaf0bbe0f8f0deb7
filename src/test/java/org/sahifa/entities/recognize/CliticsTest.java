package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CliticsTest {

    @Test
    void readingsStripConjunctionThenPreposition() {
        assertThat(Clitics.readings("وبموسكو")).containsExactly("وبموسكو", "بموسكو", "موسكو");
        assertThat(Clitics.readings("لروسيا")).containsExactly("لروسيا", "روسيا");
        assertThat(Clitics.readings("للعراق")).contains("العراق");
        assertThat(Clitics.readings("والارمن")).contains("الارمن");
    }

    @Test
    void shortWordsKeepTheirLetters() {
        assertThat(Clitics.readings("بن")).containsExactly("بن");
    }

    @Test
    void stemDropsArticleToo() {
        assertThat(Clitics.stem("والعراق")).isEqualTo("عراق");
        assertThat(Clitics.pattern("والعراق")).isEqualTo(5);
    }
}
