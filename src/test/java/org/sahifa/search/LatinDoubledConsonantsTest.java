package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A doubled consonant and one vowel in a romanised family name: the ā of فعّال (decision 0228). */
class LatinDoubledConsonantsTest {

    private static List<String> kept(String latin, String... arabic) {
        List<String> out = new ArrayList<>();
        for (String a : arabic) {
            out.add(ArabicNormalizer.normalize(a).strip());
        }
        LatinDoubledConsonants.leaveOutShortened(latin, out);
        return out;
    }

    @Test
    void theSpellingWithoutTheLongAIsLeftOutBesideTheOneWithIt() {
        assertThat(kept("alfarraj", "الفرج", "الفراج")).containsExactly("الفراج");
        assertThat(kept("al-najjar", "النجار", "النجر")).containsExactly("النجار");
        assertThat(LatinDoubledConsonants.shortened("al-farraj", "الفرج", "الفراج")).isTrue();
        assertThat(LatinDoubledConsonants.shortened("al-farraj", "الفراج", "الفرج")).isFalse();
    }

    @Test
    void aSpellingWithoutATwinADoubledSOrAWordWithoutTheArticleIsKept() {
        // no «الشماري» beside it
        assertThat(kept("alshammari", "الشمري")).containsExactly("الشمري");
        // English doubles s between vowels: Al-Hassan is «الحسن»
        assertThat(kept("alhassan", "الحسن", "الحسان")).containsExactly("الحسن", "الحسان");
        assertThat(kept("farraj", "فرج", "فراج")).containsExactly("فرج", "فراج");
        // the ā after another consonant than the doubled one
        assertThat(kept("alfarraj", "الفرج", "الفارج")).containsExactly("الفرج", "الفارج");
        assertThat(LatinDoubledConsonants.doubledSlot("alfarraj")).isEqualTo(1);
        assertThat(LatinDoubledConsonants.doubledSlot("alhazzaa")).isEqualTo(-1);
    }
}
