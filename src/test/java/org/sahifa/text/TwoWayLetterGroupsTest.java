package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Latin letter groups the shipped name pairs write two ways in Arabic: a Portuguese nh before the final vowel, ني or نه
 * ({@link PortugueseNh}, decision 0182), and an initial w before a vowel, و or ف ({@link InitialW}, decision 0183).
 */
class TwoWayLetterGroupsTest {

    /**
     * The shipped Wikidata name words write each group both ways, each at least one time in ten (the learned
     * alternations' threshold, decision 0048): -nho, -nha, -nhos, -nhas 35 names with ني, 21 with نه (4 otherwise);
     * an initial w before a vowel 844 with و, 200 with ف (62 otherwise).
     */
    @ParameterizedTest
    @CsvSource({".*nh(o|a|os|as), .*ني[وا]س?, .*نه[وا]س?, 50", "w[aeiou].*, و.*, ف.*, 1000"})
    void theNamePairsWriteTheGroupBothWays(String latin, String first, String second, int least) throws IOException {
        Pattern a = Pattern.compile(first);
        Pattern b = Pattern.compile(second);
        NamePairShares shares = NamePairShares.of(Pattern.compile(latin), w -> a.matcher(w).matches(),
                w -> b.matcher(w).matches());
        assertThat(shares.all()).isGreaterThanOrEqualTo(least);
        assertThat(shares.firstShare()).isGreaterThanOrEqualTo(0.1);
        assertThat(shares.secondShare()).isGreaterThanOrEqualTo(0.1);
    }

    @ParameterizedTest
    @CsvSource({"مورينهو, مورينيو, وولفغانغ, فولفغانغ", "رافينها, رافينيا, ويرنر, فيرنر",
            "ماركينهوس, ماركينيوس, فولفغانغ, فولفغانغ", "ماسكارينهاس, ماسكارينياس, وقت, وقت",
            "مورينيو, مورينيو, ولنجتون, ولنجتون", "راينهارت, راينهارت, وايتس, فايتس", "كونه, كونه, ويلي, ويلي",
            "نهو, نهو, وولف, وولف"})
    void readsTheLetterWritingAsTheOther(String nh, String nhRead, String w, String wRead) {
        assertThat(PortugueseNh.asYeh(ArabicNormalizer.normalize(nh))).isEqualTo(nhRead);
        assertThat(InitialW.asFeh(ArabicNormalizer.normalize(w))).isEqualTo(wRead);
    }

    private final NameMatcher matcher = NameMatcher.standard();

    @ParameterizedTest
    @CsvSource({"مورينهو, مورينيو, VARIANT", "روبينهو, روبينيو, VARIANT", "رافينها, رافينيا, VARIANT",
            "جيورجينيو, جورجينهو, VARIANT", "مورينهو, مورانيو, NONE", "راينهارت, راينيارت, NONE",
            "كوتينهو, كوتينيا, NONE",
            "وولفغانغ, فولفغانغ, VARIANT", "فولفجانج, وولفجانج, VARIANT", "فولفجانج, وولفغانغ, VARIANT",
            "ويرنر, فيرنر, VARIANT", "وولفغانغ, فالفغانغ, NONE", "ويلسون, فيلسين, NONE", "وولفغانغ, وولفانغ, NONE"})
    void aGroupWrittenEitherWayIsOneNameAndOtherLettersStayApart(String a, String b, NameMatcher.Match expected) {
        assertThat(matcher.match(a, b)).isEqualTo(expected);
    }
}
