package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library where one place is written two ways a vowel letter apart (جازان, جيزان) and two places are one vowel letter
 * apart (بارما, بورما): the words the recogniser tagged around each spelling decide (decision 0125).
 */
class SpellingContextSearchTest extends SearchServiceTestSupport {

    private void library() {
        for (int i = 0; i < 6; i++) {
            addTagged("جازان " + i, "أمطار على جازان ونجران وعسير اليوم " + i, "جازان", "نجران", "عسير");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("جيزان " + i, "زار الأمير جيزان ثم نجران وعسير " + i, "جيزان", "نجران", "عسير");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("بارما " + i, "فاز بارما على يوفنتوس وميلان " + i, "بارما", "يوفنتوس", "ميلان");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("بورما " + i, "لاجئون من بورما إلى بنغلاديش من ميانمار " + i, "بورما", "بنغلاديش", "ميانمار");
        }
    }

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aSpellingAVowelLetterAwayWithTheSameContextIsFoundAfterTheTypedOne() {
        library();
        openWithTags();
        List<String> found = titles("جيزان");
        assertThat(found).hasSize(9);
        // what was typed ranks first, the other spelling after it, and the hit says which spelling matched
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("جيزان"));
        assertThat(found.subList(3, 9)).allMatch(t -> t.startsWith("جازان"));
        SearchHit other = search.search("جيزان", SearchOptions.defaults()).hits().get(5);
        assertThat(other.matched()).contains("جازان");
        assertThat(titles("جازان")).hasSize(9);
    }

    @Test
    void aNameAVowelLetterAwayInOtherContextIsNotFound() {
        library();
        openWithTags();
        assertThat(titles("بارما")).hasSize(3).allMatch(t -> t.startsWith("بارما"));
        assertThat(titles("بورما")).hasSize(4).allMatch(t -> t.startsWith("بورما"));
    }

    /**
     * Two spellings an ا before ي apart, which letters alone read as one name (decision 0129): search still asks the
     * library, as for another written vowel letter — بايرن the club and بيرن the Swiss capital stay apart, سايمون and
     * سيمون written around the same names are found together.
     */
    @Test
    void anAlefBeforeYehIsLeftToTheContext() {
        for (int i = 0; i < 4; i++) {
            addTagged("بايرن " + i, "فاز بايرن ميونخ على دورتموند في البوندسليغا " + i, "بايرن", "ميونخ", "دورتموند");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("بيرن " + i, "اجتماع في بيرن عاصمة سويسرا مع الحكومة السويسرية " + i, "بيرن", "سويسرا");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("سايمون " + i, "قال سايمون كوبر مدرب ويغان في لندن " + i, "سايمون", "كوبر", "ويغان", "لندن");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("سيمون " + i, "أكد سيمون كوبر أن ويغان في لندن " + i, "سيمون", "كوبر", "ويغان", "لندن");
        }
        openWithTags();
        assertThat(org.sahifa.text.NameMatcher.standard().isVariant("بايرن", "بيرن")).isTrue();
        assertThat(titles("بايرن")).hasSize(4).allMatch(t -> t.startsWith("بايرن"));
        assertThat(titles("بيرن")).hasSize(3).allMatch(t -> t.startsWith("بيرن"));
        assertThat(titles("سيمون")).hasSize(7);
        assertThat(titles("سايمون")).hasSize(7);
    }

    /**
     * Spellings a consonant the letters reject apart (decision 0130): ج / خ for a Spanish j is one name where the
     * same names are tagged around both spellings (سيرجيو / سيرخيو راموس), a final ز / س after a vowel is two names
     * where they are not (لويز the Brazilian defender, لويس the French king).
     */
    @Test
    void aConsonantTheLettersRejectIsLeftToTheContext() {
        for (int i = 0; i < 4; i++) {
            addTagged("سيرجيو " + i, "سجل سيرجيو راموس هدفا لريال مدريد أمام برشلونة " + i, "سيرجيو", "راموس",
                    "ريال مدريد", "برشلونة");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("سيرخيو " + i, "قاد سيرخيو راموس دفاع ريال مدريد ضد برشلونة " + i, "سيرخيو", "راموس",
                    "ريال مدريد", "برشلونة");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("ديفيد لويز " + i, "انتقل ديفيد لويز من تشيلسي إلى باريس سان جيرمان " + i, "ديفيد لويز", "تشيلسي",
                    "باريس سان جيرمان");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("لويس " + i, "قصر الملك لويس الرابع عشر في فرساي بفرنسا " + i, "لويس", "فرساي", "فرنسا");
        }
        openWithTags();
        assertThat(org.sahifa.text.NameMatcher.standard().isVariant("سيرجيو", "سيرخيو")).isFalse();
        assertThat(titles("سيرخيو")).hasSize(7);
        assertThat(titles("سيرجيو")).hasSize(7);
        assertThat(titles("لويز")).hasSize(4).allMatch(t -> t.startsWith("ديفيد لويز"));
        assertThat(titles("لويس")).hasSize(3).allMatch(t -> t.startsWith("لويس"));
    }

    @Test
    void withoutTheRecognisersTagsLettersDecideAsBefore() {
        library();
        open();
        assertThat(titles("جيزان")).hasSize(3);
    }
}
