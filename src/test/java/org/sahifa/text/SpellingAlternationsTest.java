package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped alternation table is what the learner makes of the shipped name pairs, and it reads as expected. */
class SpellingAlternationsTest {

    static final String WIKIDATA = "/org/sahifa/entities/gazetteer/wikidata-name-words.tsv.gz";
    static final String WORLD_CITIES = "/org/sahifa/entities/gazetteer/world-cities.csv";

    /** {Latin, Arabic} one-word pairs of the shipped Wikidata person-name words and world-cities names. */
    static List<String[]> shippedPairs() throws IOException {
        List<String[]> out = new ArrayList<>(ListedNamesTest.personWords());
        out.addAll(ListedNamesTest.places());
        return out;
    }

    /** Regenerates the shipped table: {@code java ... SpellingAlternationsTest src/main/resources/...}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), SpellingAlternations.learn(shippedPairs()).toText());
    }

    @Test
    void shippedTableIsLearnedFromTheShippedPairs() throws IOException {
        String learned = SpellingAlternations.learn(shippedPairs()).toText();
        String shipped;
        try (InputStream in = SpellingAlternations.class.getResourceAsStream(SpellingAlternations.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(learned);
    }

    @Test
    void learnsWhichWritingsOfOneSoundAlternate() {
        SpellingAlternations t = SpellingAlternations.learn(List.of(
                new String[] {"gomez", "غوميز"}, new String[] {"gates", "جيتس"}, new String[] {"garcia", "جارسيا"},
                new String[] {"gandhi", "غاندي"}, new String[] {"kennedy", "كينيدي"}));
        assertThat(t.consonantCost('ج', 'غ')).isFinite();
        assertThat(t.consonantCost('ك', 'غ')).isInfinite(); // never one Latin sound in these pairs
        assertThat(t.consonantCost('غ', 'غ')).isZero();
    }

    @Test
    void learnsWhereAFinalConsonantAlternates() {
        SpellingAlternations t = SpellingAlternations.learn(List.of(
                new String[] {"james", "جيمس"}, new String[] {"jones", "جونز"}, new String[] {"lewis", "لويس"},
                new String[] {"davis", "ديفيس"}, new String[] {"paris", "باريس"}, new String[] {"ruiz", "رويز"}));
        var afterVowel = SpellingAlternations.FinalContext.AFTER_VOWEL;
        var afterConsonant = SpellingAlternations.FinalContext.AFTER_CONSONANT;
        assertThat(t.finalRewrite('س', 'ز', afterConsonant)).isGreaterThan(0.4); // jones / james: one s, both letters
        assertThat(t.finalRewrite('س', 'ز', afterVowel)).isZero(); // s is س, z is ز
        assertThat(t.finalRewrite('ز', 'ز', afterVowel)).isEqualTo(1);
    }

    @Test
    void theShippedTableKeepsAFinalSAndZApartAfterAVowelOnly() {
        SpellingAlternations t = SpellingAlternations.standard();
        assertThat(t.finalRewrite('س', 'ز', SpellingAlternations.FinalContext.AFTER_VOWEL)).isLessThan(0.1);
        assertThat(t.finalRewrite('س', 'ز', SpellingAlternations.FinalContext.AFTER_CONSONANT)).isGreaterThan(0.1);
    }

    @Test
    void aBrokenTableLineIsReportedWithItsPlace() {
        InputStream in = new ByteArrayInputStream("# x\nس\tز\tmuch\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SpellingAlternations.read(in, "alternations.tsv"))
                .hasMessageContaining("alternations.tsv, line 2");
    }

    /** Vowel groups (decision 0143): learned by place from toy pairs, and what the shipped pairs say. */
    @Test
    void learnsWhichVowelGroupsAlternateAtOnePlace() {
        SpellingAlternations toy = SpellingAlternations.learn(List.of(
                new String[] {"eric", "ايريك"}, new String[] {"erin", "ارين"}, new String[] {"putin", "بوتين"},
                new String[] {"butan", "بوتان"}, new String[] {"ibis", "ايبيس"}));
        SpellingAlternations shipped = SpellingAlternations.standard();
        var initial = SpellingAlternations.VowelPlace.INITIAL;
        var medial = SpellingAlternations.VowelPlace.MEDIAL;
        assertThat(toy.vowelRewrite("ا", "اي", initial)).isGreaterThan(0.1); // e written both ways at the start
        assertThat(toy.vowelRewrite("ا", "ي", medial)).isZero(); // i is ي, a is ا between consonants
        assertThat(toy.vowelRewrite("ي", "ي", medial)).isEqualTo(1);
        assertThat(shipped.vowelRewrite("ا", "اي", initial)).isGreaterThanOrEqualTo(NameMatcher.MIN_VOWEL_REWRITE);
        assertThat(List.of(shipped.vowelRewrite("ا", "ي", medial), shipped.vowelRewrite("ا", "و", medial)))
                .allMatch(r -> r < 0.05);
    }
}
