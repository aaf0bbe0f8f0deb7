package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalised spellings are shown as the library writes them (decision 0187). */
class ShownSpellingsTest {

    @Test
    void aNameSpellingIsShownAsItsEntityWritesIt() {
        ShownSpellings forms = ShownSpellings.of(Map.of("الجامعه العربيه", "الجامعة العربية", "هيءه", "هيئة"));
        assertThat(forms.of("الجامعه العربيه")).isEqualTo("الجامعة العربية");
        assertThat(forms.of("هيءه")).isEqualTo("هيئة");
    }

    @Test
    void anyOtherSpellingIsShownWordByWordAsNameSpellingsWriteItsWords() {
        ShownSpellings forms = ShownSpellings.of(Map.of("الجامعه العربيه", "الجامعة العربية", "القمه", "القمة"));
        assertThat(forms.of("القمه العربيه")).isEqualTo("القمة العربية");
        assertThat(forms.of("القمه في الرياض")).isEqualTo("القمة في الرياض");
    }

    @Test
    void aWordIsShownAsMostSpellingsWriteItThenWithTheLettersTheNormalisationFolds() {
        ShownSpellings forms = ShownSpellings.of(Map.of("الامارات", "الامارات", "دوله الامارات", "دولة الإمارات",
                "الامارات العربيه", "الإمارات العربية", "اسلام", "اسلام", "حزب اسلام", "حزب إسلام"));
        assertThat(forms.of("الامارات المتحده")).isEqualTo("الإمارات المتحده");
        assertThat(forms.of("اسلام اباد")).isEqualTo("إسلام اباد");
    }

    @Test
    void aFormThatDoesNotNormaliseToTheSpellingIsNeverShown() {
        ShownSpellings forms = ShownSpellings.of(Map.of("كراباخ", "كاراباخ", "باغ", "باغ"));
        assertThat(forms.of("كراباخ")).isEqualTo("كراباخ");
        assertThat(ShownSpellings.NONE.of("جامعه")).isEqualTo("جامعه");
    }
}
