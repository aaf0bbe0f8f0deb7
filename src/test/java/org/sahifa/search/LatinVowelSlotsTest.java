package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Arabic spelling writes a typed Latin name's vowels where the Latin writes them (decision 0196): no long vowel
 * letter where the Latin writes none, a long vowel (or ع, a hamza) where it writes two vowel letters, and a letter for
 * the vowel the Latin word starts with.
 */
class LatinVowelSlotsTest {

    private static LatinVowelSlots.Fit fit(String latin, String arabic) {
        return LatinVowelSlots.fit(latin, ArabicNormalizer.normalize(arabic).strip());
    }

    @Test
    void aLongVowelLetterWhereTheLatinWritesNoneMisfits() {
        assertThat(fit("al-jabri", "الجابري")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-jabri", "الجبري")).isEqualTo(LatinVowelSlots.Fit.FITS);   // a short a
        assertThat(fit("aljabri", "الجبوري")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("al-jabri", "الجبوري")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
    }

    @Test
    void twoLatinVowelLettersBetweenConsonantsAskForALongVowelOrAin() {
        assertThat(fit("kaaba", "الكعبة")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("kaaba", "قباء")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("quraysh", "قريش")).isEqualTo(LatinVowelSlots.Fit.FITS);
    }

    @Test
    void aVowelTheLatinStartsWithHasALetter() {
        assertThat(fit("al-anazi", "العنزي")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("alanazi", "النازي")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("al-osaimi", "السامعي")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("usama", "أسامة")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("iraq", "العراق")).isEqualTo(LatinVowelSlots.Fit.FITS);
        // an ع the Arabic starts with is a vowel the Latin writes before its first consonant
        assertThat(fit("al-rifai", "العريفي")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("al-rifai", "الرفاعي")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-thuwaini", "العتواني")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
    }

    @Test
    void shortVowelsAndEnglishSpellingsFit() {
        assertThat(fit("hamad", "حمد")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("hamad", "حامد")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("microsoft", "مايكروسوفت")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("chris", "كريس")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("putin", "بوتين")).isEqualTo(LatinVowelSlots.Fit.FITS);
        // و before ة may be a consonant (š-b-w)
        assertThat(fit("shabwa", "شبوة")).isEqualTo(LatinVowelSlots.Fit.FITS);
        // a European name's short vowels the press writes long: the gaps speak only for romanised Arabic names
        assertThat(fit("atlanta", "أتالانتا")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("brussels", "بروكسيل")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("juncker", "يونيكر")).isEqualTo(LatinVowelSlots.Fit.FITS);
        // gu before a vowel writes g
        assertThat(fit("rodriguez", "رودريغز")).isEqualTo(LatinVowelSlots.Fit.FITS);
    }

    @Test
    void consonantsThatDoNotLineUpAreNotJudged() {
        assertThat(fit("churchill", "تشرشل")).isEqualTo(LatinVowelSlots.Fit.NOT_JUDGED);
        assertThat(fit("kaaba", "الكعبة المشرفة")).isEqualTo(LatinVowelSlots.Fit.NOT_JUDGED);
    }

    @Test
    void aMisfitIsLeftOutOnlyBesideASpellingThatFitsAndNeverAKeptOne() {
        List<String> spellings = new ArrayList<>(List.of("الجابري", "الجبوري"));
        LatinVowelSlots.leaveOutMisfits("al-jabri", spellings, List.of());
        assertThat(spellings).containsExactly("الجابري");
        List<String> alone = new ArrayList<>(List.of("الجبوري"));
        LatinVowelSlots.leaveOutMisfits("al-jabri", alone, List.of());
        assertThat(alone).containsExactly("الجبوري");
        List<String> listed = new ArrayList<>(List.of("الجابري", "الجبوري"));
        LatinVowelSlots.leaveOutMisfits("al-jabri", listed, List.of("الجبوري"));
        assertThat(listed).containsExactly("الجابري", "الجبوري");
        assertThat(LatinVowelSlots.misfitBeside("al-jabri", "الجبوري", "الجابري")).isTrue();
        assertThat(LatinVowelSlots.misfitBeside("al-jabri", "الجبري", "الجابري")).isFalse();
    }
}
