package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.TransliterationModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The transliteration model learned from the shipped name pairs (decision 0028). */
class LearnedSpellingsTest {

    private static double score(String latin, String arabic) {
        return LearnedSpellings.score(LearnedSpellings.model().model(), latin, arabic);
    }

    @Test
    void theMarginsAreLearnedFromHeldOutPairs() {
        TransliterationModel.Calibrated c = LearnedSpellings.model();
        assertThat(c.margin(LearnedSpellings.CLOSE)).isPositive().isLessThan(c.margin(LearnedSpellings.FOUND));
    }

    @Test
    void theRealSpellingScoresAboveWordsWithTheSameConsonants() {
        assertThat(score("hyundai", "هيونداي")).isGreaterThan(score("hyundai", "هوندا"));
        assertThat(score("sabic", "سابك")).isGreaterThan(score("sabic", "بيك"));
        assertThat(score("bayern", "بايرن")).isGreaterThan(score("bayern", "بين"));
        assertThat(score("fifa", "فيفا")).isGreaterThan(score("fifa", "عفيف"));
    }

    @Test
    void theArticleOfAPlaceIsNotScored() {
        assertThat(score("raqqa", "الرقه")).isEqualTo(score("raqqa", "رقه"));
    }

    @Test
    void aCompoundWithTheArticleScoresAsItsTwoParts() {
        TransliterationModel.Calibrated c = LearnedSpellings.model();
        double floor = c.model().best("hezbollah") - c.margin(LearnedSpellings.FOUND);
        assertThat(score("hezbollah", "حزب الله")).isGreaterThan(floor);
        assertThat(score("abdurrahman", "عبد الرحمن")).isGreaterThan(c.model().best("abdurrahman")
                - c.margin(LearnedSpellings.FOUND));
        // the article needs its vowel and l (or the doubled consonant) in the Latin word
        assertThat(LearnedSpellings.articleCompound(c.model(), "hezbllah", "حزب", "له"))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(score("hezbollah", "حزب الامه")).isLessThan(floor);
    }

    @Test
    void theLikeliestGeneratedSpellingOfACommonNameIsItsUsualOne() {
        assertThat(LearnedSpellings.model().model().generate("jazan", 3).get(0).arabic()).isEqualTo("جازان");
    }
}
