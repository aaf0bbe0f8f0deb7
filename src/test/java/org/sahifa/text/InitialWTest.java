package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision 0183: a Latin initial w before a vowel, written و or ف. */
class InitialWTest {

    private static final Pattern LATIN_W = Pattern.compile("w[aeiou].*");

    /**
     * The shipped Wikidata name words write an initial w before a vowel both ways, each at least one time in ten (the
     * learned alternations' threshold, decision 0048): 844 names with و, 200 with ف, 62 otherwise.
     */
    @Test
    void theNamePairsWriteAnInitialWBothWays() throws IOException {
        int all = 0;
        int waw = 0;
        int feh = 0;
        for (String[] p : ListedNamesTest.personWords()) {
            if (!LATIN_W.matcher(p[0]).matches()) {
                continue;
            }
            String arabic = ArabicNormalizer.normalize(p[1]);
            all++;
            if (arabic.startsWith("و")) {
                waw++;
            } else if (arabic.startsWith("ف")) {
                feh++;
            }
        }
        assertThat(all).isGreaterThanOrEqualTo(1000);
        assertThat((double) waw / all).isGreaterThanOrEqualTo(0.1);
        assertThat((double) feh / all).isGreaterThanOrEqualTo(0.1);
    }

    @ParameterizedTest
    @CsvSource({"وولفغانغ, فولفغانغ", "ويرنر, فيرنر", "وايتس, فايتس", "فولفغانغ, فولفغانغ", "وقت, وقت", "ولنجتون, ولنجتون"})
    void readsAnInitialWawBeforeAVowelAsFeh(String spelling, String read) {
        assertThat(InitialW.asFeh(ArabicNormalizer.normalize(spelling))).isEqualTo(read);
    }

    private final NameMatcher matcher = NameMatcher.standard();

    @ParameterizedTest
    @CsvSource({"وولفغانغ, فولفغانغ", "فولفجانج, وولفجانج", "فولفجانج, وولفغانغ", "ويرنر, فيرنر"})
    void anInitialWWrittenEitherWayIsOneName(String a, String b) {
        assertThat(matcher.match(a, b)).isEqualTo(NameMatcher.Match.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({"وولفغانغ, فالفغانغ", "ويلسون, فيلسين", "وولفغانغ, وولفانغ"})
    void otherLettersStayApart(String a, String b) {
        assertThat(matcher.match(a, b)).isEqualTo(NameMatcher.Match.NONE);
    }
}
