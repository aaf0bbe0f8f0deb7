package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A family name typed with its article ends as the Latin ends (decision 0229). */
class LatinEndingsTest {

    private static List<String> kept(String latin, String... arabic) {
        List<String> out = new ArrayList<>();
        for (String a : arabic) {
            out.add(ArabicNormalizer.normalize(a).strip());
        }
        LatinEndings.leaveOutOtherEndings(latin, out);
        return out;
    }

    @Test
    void aSpellingThatEndsOtherwiseIsLeftOutBesideOneThatEndsAsTheLatin() {
        // a final vowel writes ع: Al-Dhale is «الضالع», not «الظل»
        assertThat(kept("al-dhale", "الزل", "الظل", "الضالع")).containsExactly("الضالع");
        // a final consonant: Al-Khalid is not «الخالدي»
        assertThat(kept("alkhalid", "الخالد", "الخالدي")).containsExactly("الخالد");
        assertThat(LatinEndings.otherEndingBeside("al-dhale", "الظل", "الضالع")).isTrue();
    }

    @Test
    void allEndingOtherwiseOrNoArticleOrTwoWordsAreKept() {
        assertThat(kept("al-dhale", "الظل")).containsExactly("الظل");
        assertThat(kept("dhale", "ظل", "ضالع")).containsExactly("ظل", "ضالع");
        // a final h after i, o or u is ح or ه alike: Al-Rumaih keeps «الرميح»
        assertThat(kept("alrumaih", "الرميح", "الرميه")).containsExactly("الرميح", "الرميه");
        assertThat(kept("al-dhale", "ال ظل", "الضالع")).containsExactly("ال ظل", "الضالع");
    }
}
