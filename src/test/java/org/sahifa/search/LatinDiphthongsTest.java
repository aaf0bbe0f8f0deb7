package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A romanised Arabic name's ai, ay, ei or ey between consonants is written with a yeh (or ئ), or with a long ā and an
 * ʿayn or hamza after it (decision 0210).
 */
class LatinDiphthongsTest {

    private static LatinVowelSlots.Fit fit(String latin, String arabic) {
        return LatinVowelSlots.fit(latin, ArabicNormalizer.normalize(arabic).strip());
    }

    @Test
    void aDiphthongIsWrittenWithYehOrAlefAndAinOrHamza() {
        assertThat(fit("al-wohaibi", "الوهيبي")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-wohaibi", "الوهايبي")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-wohaibi", "الوهابي")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("al-naimi", "النعيمي")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-naimi", "النعمي")).isEqualTo(LatinVowelSlots.Fit.MISFITS);
        assertThat(fit("al-qaida", "القاعدة")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-taif", "الطائف")).isEqualTo(LatinVowelSlots.Fit.FITS);
        assertThat(fit("al-sheikh", "الشيخ")).isEqualTo(LatinVowelSlots.Fit.FITS);
    }

    @Test
    void onlyADiphthongGapIsAsked() {
        assertThat(LatinDiphthongs.written(List.of("u", "ai"), List.of("", "\u064A"))).isTrue();
        assertThat(LatinDiphthongs.written(List.of("u", "ai"), List.of("\u0627", ""))).isFalse();
        assertThat(LatinDiphthongs.written(List.of("a", "i"), List.of("\u0627", ""))).isTrue();
        assertThat(LatinDiphthongs.writesDiphthong("\u0627\u0639")).isTrue();
        assertThat(LatinDiphthongs.writesDiphthong("\u0639")).isFalse();
        assertThat(LatinDiphthongs.writesDiphthong("\u0627")).isFalse();
    }
}
