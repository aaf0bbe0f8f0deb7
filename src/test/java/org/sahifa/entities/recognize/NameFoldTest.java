package org.sahifa.entities.recognize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldTest {

    @Test
    void alefFormsMeet() {
        assertThat(NameFold.fold("أذربيجان")).isEqualTo(NameFold.fold("اذربيجان")).isEqualTo(NameFold.fold("آذربيجان"));
        assertThat(NameFold.fold("إلهام")).isEqualTo("الهام");
    }

    @Test
    void yehAndTehMarbutaMeet() {
        assertThat(NameFold.fold("قرة")).isEqualTo(NameFold.fold("قره"));
        assertThat(NameFold.fold("موسى")).isEqualTo("موسي");
    }

    @Test
    void diacriticsTatweelAndMarksGo() {
        assertThat(NameFold.fold("بـــوتينُ\u200F")).isEqualTo("بوتين");
    }

    @Test
    void persianLettersAndDigitsFold() {
        assertThat(NameFold.fold("پوتین")).isEqualTo("بوتين");
        assertThat(NameFold.fold("٢٠٢٣")).isEqualTo("2023");
        assertThat(NameFold.fold("PUTIN")).isEqualTo("putin");
    }

    @Test
    void presentationFormsDecompose() {
        assertThat(NameFold.fold("\uFE91\uFEEE\uFE97\uFEF4\uFEE6")).isEqualTo("بوتين");
    }

    @Property
    void foldingIsIdempotent(@ForAll String s) {
        String once = NameFold.fold(s);
        assertThat(NameFold.fold(once)).isEqualTo(once);
    }

    /** The per-character table covers every UTF-16 unit, from the first to the last, with the rules' answers. */
    @Test
    void everyCharacterIsLookedUpWithTheRules() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(NameFold.map((char) c)).as("U+%04X", c).isEqualTo(NameFold.rule((char) c));
        }
        assertThat(NameFold.map('\u0000')).isEqualTo('\u0000');
        assertThat(NameFold.map('Z')).isEqualTo('z');
        assertThat(NameFold.map('\u0651')).isEqualTo('\u0000');
        assertThat(NameFold.map('\u06F9')).isEqualTo('9');
        assertThat(NameFold.map('\u00C9')).isEqualTo('\u00E9');
        assertThat(NameFold.map('\uFEFF')).isEqualTo('\u0000');
        assertThat(NameFold.map('\uFFFF')).isEqualTo('\uFFFF');
    }
}
