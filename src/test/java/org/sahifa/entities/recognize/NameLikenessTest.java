package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NameLikenessTest {

    @Test
    void trigramsSharedWithNamesScoreHigherThanTrigramsSharedWithWords() {
        NameLikeness l = new NameLikeness(Set.of("ايفانوف", "بتروف", "سميرنوف"), Set.of("كتاب", "كتابه", "مكتوب"));
        assertThat(l.score("ليبيدوف")).isGreaterThan(0);
        assertThat(l.score("مكتبه")).isLessThan(0);
        assertThat(l.bucket("ليبيدوف")).isGreaterThan(l.bucket("مكتبه"));
    }

    @Test
    void bucketsStayInRangeAndZeroMeansNoArabicLetters() {
        NameLikeness l = new NameLikeness(Set.of("ايفانوف"), Set.of("كتاب"));
        assertThat(l.bucket("putin")).isZero();
        assertThat(l.bucket("2023")).isZero();
        assertThat(l.bucket("ايفانوف")).isBetween(1, NameLikeness.BUCKETS - 1);
        assertThat(l.bucket("كتاب")).isBetween(1, NameLikeness.BUCKETS - 1);
    }

    @Test
    void theBundledListsTellTransliteratedNamesFromArabicWords() {
        NameLikeness l = NameLikeness.of(org.sahifa.entities.gazetteer.Gazetteer.standard().nameWords(), CommonWords.standard());
        for (String name : new String[] {"باشينيان", "لوكاشينكو", "شوارزنيغر", "ستراسبورغ"}) {
            for (String word : new String[] {"المسلحين", "الاقتصاديه", "يستطيعون", "محادثات"}) {
                assertThat(l.score(name)).as(name + " vs " + word).isGreaterThan(l.score(word));
            }
        }
    }
}
