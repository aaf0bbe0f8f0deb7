package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Decision 0182: a Portuguese nh before the final vowel, written ني or نه. */
class PortugueseNhTest {

    private static final Pattern LATIN_NH = Pattern.compile(".*nh(o|a|os|as)");
    private static final Pattern ARABIC_NH = Pattern.compile(".*نه[وا]س?");
    private static final Pattern ARABIC_NY = Pattern.compile(".*ني[وا]س?");

    /**
     * The shipped Wikidata name words write a final -nho, -nha, -nhos, -nhas both ways, each at least one time in ten
     * (the learned alternations' threshold, decision 0048): 35 names with ني, 21 with نه, 4 otherwise.
     */
    @Test
    void theNamePairsWriteAFinalNhBothWays() throws IOException {
        int all = 0;
        int yeh = 0;
        int heh = 0;
        for (String[] p : ListedNamesTest.personWords()) {
            if (!LATIN_NH.matcher(p[0]).matches()) {
                continue;
            }
            String arabic = ArabicNormalizer.normalize(p[1]);
            all++;
            if (ARABIC_NY.matcher(arabic).matches()) {
                yeh++;
            } else if (ARABIC_NH.matcher(arabic).matches()) {
                heh++;
            }
        }
        assertThat(all).isGreaterThanOrEqualTo(50);
        assertThat((double) yeh / all).isGreaterThanOrEqualTo(0.1);
        assertThat((double) heh / all).isGreaterThanOrEqualTo(0.1);
    }

    @ParameterizedTest
    @CsvSource({"مورينهو, مورينيو", "رافينها, رافينيا", "ماركينهوس, ماركينيوس", "ماسكارينهاس, ماسكارينياس",
            "مورينيو, مورينيو", "راينهارت, راينهارت", "كونه, كونه", "نهو, نهو"})
    void readsAFinalNhWrittenWithHehAsYeh(String spelling, String read) {
        assertThat(PortugueseNh.asYeh(ArabicNormalizer.normalize(spelling))).isEqualTo(read);
    }

    private final NameMatcher matcher = NameMatcher.standard();

    @ParameterizedTest
    @CsvSource({"مورينهو, مورينيو", "روبينهو, روبينيو", "رافينها, رافينيا", "جيورجينيو, جورجينهو"})
    void aFinalNhWrittenEitherWayIsOneName(String a, String b) {
        assertThat(matcher.match(a, b)).isEqualTo(NameMatcher.Match.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({"مورينهو, مورانيو", "راينهارت, راينيارت", "كوتينهو, كوتينيا"})
    void otherLettersStayApart(String a, String b) {
        assertThat(matcher.match(a, b)).isEqualTo(NameMatcher.Match.NONE);
    }
}
