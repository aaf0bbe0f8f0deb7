package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped English names and titles (decisions 0134, 0135). */
class EnglishNamesTest {

    @Test
    void keysIgnoreCaseHyphensAndApostrophes() {
        assertThat(EnglishNames.key("Agence France-Presse")).isEqualTo("agence france presse");
        assertThat(EnglishNames.key("Kurdistan Workers' Party")).isEqualTo("kurdistan workers party");
        assertThat(EnglishNames.key("Shi'ite")).isEqualTo("shiite");
    }

    @Test
    void theShippedListTranslatesNamesByCategory() {
        EnglishNames names = EnglishNames.standard();
        assertThat(names.arabicOf("mediterranean")).containsExactly("البحر المتوسط", "البحر الأبيض المتوسط");
        assertThat(names.arabicOf("arab league")).contains("جامعة الدول العربية", "الجامعة العربية");
        assertThat(names.arabicOf("league of arab states")).isEqualTo(names.arabicOf("arab league"));
        assertThat(names.arabicOf("agence france presse")).contains("فرانس برس");
        // an ordinary word is no spelling of its own: «average», the island, «of age»
        assertThat(names.arabicOf("mediterranean")).doesNotContain("المتوسط");
        assertThat(names.arabicOf("al jazeera")).doesNotContain("الجزيرة");
        assertThat(names.arabicOf("sunni")).doesNotContain("السنية", "السنة");
        assertThat(names.arabicOf("league")).isEmpty();
        assertThat(names.longestName()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void titlesAndTheirGender() {
        EnglishNames names = EnglishNames.standard();
        assertThat(names.title("king").arabic()).containsExactly("الملك");
        assertThat(names.title("king").feminine()).isFalse();
        assertThat(names.title("queen").feminine()).isTrue();
        assertThat(names.title("crown prince").arabic()).containsExactly("ولي العهد");
        assertThat(names.title("sultan")).isNull(); // also a given name
    }

    @Test
    void regnalNumbersAreRomanNumeralsUpToNineteen() {
        assertThat(EnglishNames.regnalNumber("ii", false)).isEqualTo(2);
        assertThat(EnglishNames.regnalNumber("iv", false)).isEqualTo(4);
        assertThat(EnglishNames.regnalNumber("xvi", false)).isEqualTo(16);
        assertThat(EnglishNames.regnalNumber("xix", false)).isEqualTo(19);
        assertThat(EnglishNames.regnalNumber("i", false)).isZero(); // the pronoun
        assertThat(EnglishNames.regnalNumber("i", true)).isEqualTo(1);
        assertThat(EnglishNames.regnalNumber("mix", false)).isZero();
        assertThat(EnglishNames.regnalNumber("vi", false)).isEqualTo(6);
    }

    @Test
    void ordinalsInBothGendersUnlessTheTitleSays() {
        assertThat(EnglishNames.ordinals(2, null)).containsExactly("الثاني", "الثانية");
        assertThat(EnglishNames.ordinals(2, Boolean.TRUE)).containsExactly("الثانية");
        assertThat(EnglishNames.ordinals(16, Boolean.FALSE)).containsExactly("السادس عشر");
        assertThat(EnglishNames.ordinals(11, Boolean.FALSE)).containsExactly("الحادي عشر");
        assertThat(EnglishNames.ordinals(20, null)).isEmpty();
    }

    @Test
    void listsInTheShippedFormat() {
        EnglishNames names = EnglishNames.of(List.of("Red Sea = البحر الأحمر", "AFP | France-Presse = فرانس برس"),
                List.of("Queen = الملكة = feminine"));
        assertThat(names.arabicOf("red sea")).containsExactly("البحر الأحمر");
        assertThat(names.arabicOf("france presse")).containsExactly("فرانس برس");
        assertThat(names.title("queen").feminine()).isTrue();
        assertThat(names.longestName()).isEqualTo(2);
    }
}
