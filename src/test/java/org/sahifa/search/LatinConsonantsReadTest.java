package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A family name typed with its article reads every consonant the Latin writes (decision 0211). */
class LatinConsonantsReadTest {

    private static List<String> kept(String latin, String... arabic) {
        List<String> out = new ArrayList<>();
        for (String a : arabic) {
            out.add(ArabicNormalizer.normalize(a).strip());
        }
        LatinConsonantsRead.leaveOutUnread(latin, out);
        return out;
    }

    @Test
    void aSpellingWithoutALatinConsonantIsLeftOut() {
        assertThat(kept("albishri", "البيشي", "البشيري")).containsExactly("البشيري");
        assertThat(kept("al-bishri", "البيشي")).isEmpty();
    }

    /** Two consonant classes are enough to judge (decision 0229): Al-Amri (m, r) is not «الري» (r). */
    @Test
    void aNameOfTwoConsonantsKeepsBoth() {
        assertThat(kept("alamri", "الري", "العمري")).containsExactly("العمري");
        // one class is not judged
        assertThat(kept("alais", "العيص", "الا")).containsExactly("العيص", "الا");
    }

    @Test
    void aWordWithoutTheArticleOrWithFewConsonantsOrAReadingThatFitsIsNotJudged() {
        assertThat(kept("bishri", "بيشي")).containsExactly("بيشي");
        assertThat(kept("alfayez", "الفايز")).containsExactly("الفايز");
        // the key leaves out ع, ح, ه and the vowel letters on both sides: Al-Habsi keeps «الحبسي»
        assertThat(kept("alhabsi", "الحبسي")).containsExactly("الحبسي");
        // the romanised dh read as z (decision 0160): Al-Dhafiri keeps «الظفيري»
        assertThat(kept("aldhafiri", "الظفيري")).containsExactly("الظفيري");
    }
}
