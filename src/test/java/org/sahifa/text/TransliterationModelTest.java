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
}
