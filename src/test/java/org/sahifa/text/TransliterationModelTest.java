package org.sahifa.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner of Latin → Arabic writings (decision 0028) on a small set of pairs. */
class TransliterationModelTest {

    private static final String[][] PAIRS = {
            {"shadi", "شادي"}, {"shams", "شمس"}, {"rashid", "راشد"}, {"hisham", "هشام"}, {"sami", "سامي"},
            {"salim", "سليم"}, {"basel", "باسل"}, {"nabil", "نبيل"}, {"adel", "عادل"}, {"karim", "كريم"},
            {"khalid", "خالد"}, {"khalil", "خليل"}, {"kamal", "كمال"}, {"hamid", "حامد"}, {"majid", "ماجد"},
            {"dana", "دانا"}, {"lina", "لينا"}, {"rana", "رنا"}, {"mona", "منى"}, {"nadia", "نادية"},
            {"omar", "عمر"}, {"samir", "سمير"}, {"bashir", "بشير"}, {"shakir", "شاكر"}, {"nasir", "ناصر"},
    };

    /** The pairs four times over: a unit seen once is dropped as noise of the alignment. */
    private static List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (String[] p : PAIRS) {
                pairs.add(p);
            }
        }
        return pairs;
    }

    private static TransliterationModel model() {
        return TransliterationModel.learn(pairs());
    }

    @Test
    void learnsThatTwoLatinLettersWriteOneArabicLetter() {
        TransliterationModel m = model();
        // «sh» is ش in the pairs, never س followed by ه
        assertThat(m.score("shadi", ArabicNormalizer.normalize("شادي")))
                .isGreaterThan(m.score("shadi", ArabicNormalizer.normalize("سهادي")));
        assertThat(m.score("khalid", ArabicNormalizer.normalize("خالد"))).isGreaterThan(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aLetterWithNoLearnedWritingScoresMinusInfinity() {
        assertThat(model().score("sami", ArabicNormalizer.normalize("سامز"))).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theLikeliestSpellingIsGeneratedFirstAndScoresTheBest() {
        TransliterationModel m = model();
        List<TransliterationModel.Candidate> c = m.generate("samir", 5);
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).logp()).isEqualTo(m.best("samir"));
        assertThat(c.get(0).logp()).isEqualTo(m.score("samir", c.get(0).arabic()));
        assertThat(c.get(0).arabic()).isEqualTo("سمير");
    }

    @Test
    void calibrationMeasuresTheGapOfHeldOutRealSpellings() {
        TransliterationModel.Calibrated c = TransliterationModel.learnCalibrated(pairs(), 7);
        assertThat(c.margin(0.5)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(c.margin(0.95));
    }

    @Test
    void aRarePairTeachesItsWritingWithoutLooseningTheUsualOnes() {
        // «w» written ف is shown only by the rare pairs (as in German names): learned, at their discounted share
        List<String[]> pairs = pairs();
        String[][] rare = {{"wasim", "فاسيم"}, {"wadir", "فادر"}, {"wamir", "فامير"}, {"walid", "فاليد"}};
        for (int i = 0; i < 8; i++) {
            for (String[] p : rare) {
                pairs.add(p);
            }
        }
        java.util.Set<String> rareLatin = java.util.Set.of("wasim", "wadir", "wamir", "walid");
        TransliterationModel usualOnly = TransliterationModel.learn(pairs());
        TransliterationModel weighted = TransliterationModel.learn(pairs, p -> !rareLatin.contains(p[0]), 0.2);
        assertThat(usualOnly.score("wamir", "فامير")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(weighted.score("wamir", "فامير")).isGreaterThan(Double.NEGATIVE_INFINITY);
        TransliterationModel full = TransliterationModel.learn(pairs, p -> true, 1);
        // the discount keeps the usual writing nearer to what the usual pairs alone give than counting them fully
        double usual = usualOnly.score("samir", "سمير");
        assertThat(Math.abs(weighted.score("samir", "سمير") - usual))
                .isLessThan(Math.abs(full.score("samir", "سمير") - usual));
    }

    @Test
    void theMarginIsMeasuredOnTheUsualPairsOnly() {
        List<String[]> pairs = pairs();
        for (int i = 0; i < 40; i++) {
            pairs.add(new String[] {"walter", "فالتر"});
        }
        TransliterationModel.Calibrated c = TransliterationModel.learnCalibrated(pairs, 7,
                p -> !p[0].equals("walter"), 0.2);
        // the held-out pairs are the same every seventh usual pair: none of the rare ones
        TransliterationModel.Calibrated usual = TransliterationModel.learnCalibrated(pairs(), 7);
        assertThat(c.gaps()).hasSameSizeAs(usual.gaps());
    }

    @Test
    void aWeightOutsideZeroToOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransliterationModel.learn(pairs(), p -> true, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    }
}
