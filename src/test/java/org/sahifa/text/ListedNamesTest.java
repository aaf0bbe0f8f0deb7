package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The shipped list evidence is what {@link ListedNames#learn} makes of the shipped lists, and the matcher uses it. */
class ListedNamesTest {

    /** {Latin, Arabic} pairs of the shipped Wikidata person-name words. */
    static List<String[]> personWords() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(
                ListedNamesTest.class.getResourceAsStream(SpellingAlternationsTest.WIKIDATA));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 2) {
                    out.add(new String[] {f[1], f[0]});
                }
            }
        }
        return out;
    }

    /** {Latin, Arabic} pairs of the shipped world-cities names (countries and cities). */
    static List<String[]> places() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ListedNamesTest.class.getResourceAsStream(SpellingAlternationsTest.WORLD_CITIES),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                for (int i = 0; i + 1 < Math.min(f.length, 4); i += 2) {
                    out.add(new String[] {f[i + 1].replace("\"", ""), f[i].replace("\"", "")});
                }
            }
        }
        return out;
    }

    static ListedNames learnFromShippedLists() throws IOException {
        NameMatcher letters = new NameMatcher(ArabicGivenNames.lexicon(), ListedNames.NONE);
        // the letters without decision 0129's hand rule: the 45 pairs an ا before ي apart that the lists give for one
        // Latin name stay listed together, so search finds them without asking the library's context
        return ListedNames.learn(personWords(), places(),
                (a, b) -> letters.matchWithoutAlefBeforeYeh(ArabicNormalizer.normalize(a), ArabicNormalizer.normalize(b))
                        != NameMatcher.Match.NONE);
    }

    /** Regenerates the shipped table: {@code java ... ListedNamesTest src/main/resources/org/sahifa/text/names/listed-names.tsv}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), learnFromShippedLists().toText());
    }

    @Test
    void shippedTableIsLearnedFromTheShippedLists() throws IOException {
        String shipped;
        try (InputStream in = ListedNames.class.getResourceAsStream(ListedNames.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(learnFromShippedLists().toText());
    }

    @Test
    void aVowelTheListsShowInOneNameAndNotTheOtherKeepsThemApart() {
        ListedNames t = ListedNames.learn(
                List.of(new String[] {"paris", "باريس"}, new String[] {"pars", "بارس"},
                        new String[] {"martin", "مارتن"}, new String[] {"martin", "مارتين"},
                        new String[] {"clinton", "كلينتون"}),
                List.of(), (a, b) -> true);
        assertThat(t.listedApart("باريس", "بارس")).isTrue();
        assertThat(t.listedApart("بارس", "باريس")).isTrue();
        assertThat(t.listedApart("مارتن", "مارتين")).isFalse(); // one Latin name: a vowel one writer leaves out
        assertThat(t.listedApart("كلينتون", "كلنتون")).isFalse(); // the lists know only one of them
    }

    @Test
    void spellingsOfOneFoldedLatinNameAreListedTogetherWhereLettersKeepThemApart() {
        ListedNames t = ListedNames.learn(
                List.of(new String[] {"david", "دايفيد"}, new String[] {"Dávid", "دافيد"},
                        new String[] {"dawid", "ديفيد"}, new String[] {"paris", "باريس"},
                        new String[] {"peris", "بيريس"}, new String[] {"roma", "روما"}, new String[] {"roma", "رومي"},
                        new String[] {"martin", "مارتن"}, new String[] {"martin", "مارتين"}),
                List.of(), new NameMatcher(ArabicGivenNames.lexicon(), ListedNames.NONE)::isVariant);
        assertThat(t.listedTogether("دافيد", "ديفيد")).isTrue(); // accents stripped, w = v
        assertThat(t.listedTogether("ديفيد", "دافيد")).isTrue();
        assertThat(t.listedTogether("دافيد", "دايفيد")).isTrue();
        assertThat(t.listedTogether("باريس", "بيريس")).isFalse(); // Paris, Peris: two names
        assertThat(t.listedTogether("روما", "رومي")).isFalse(); // another ending carries grammar
        assertThat(t.listedTogether("مارتن", "مارتين")).isFalse(); // the letters match them already
    }

    @Test
    void theLatinFoldingJoinsWritingsOfOneNameAndALooserOneJoinsNames() {
        assertThat(ListedNames.LatinFolding.ACCENTS.fold("dawid")).isEqualTo("dawid");
        assertThat(ListedNames.LatinFolding.LETTERS.fold("dawid")).isEqualTo("david");
        assertThat(ListedNames.LatinFolding.LETTERS.fold("danyell")).isEqualTo("daniel");
        assertThat(ListedNames.LatinFolding.LETTERS.fold("luiz")).isNotEqualTo(ListedNames.LatinFolding.LETTERS.fold("luis"));
        assertThat(ListedNames.LatinFolding.SOUNDS.fold("luiz")).isEqualTo("luis"); // Luiz / Luis: لويز / لويس
        assertThat(ListedNames.LatinFolding.SKELETON.fold("paris")).isEqualTo(ListedNames.LatinFolding.SKELETON.fold("peris"));
    }

    @Test
    void exonymsAreThePlacesWhoseArabicDoesNotFollowTheLatinLetters() {
        ListedNames t = ListedNames.learn(List.of(),
                List.of(new String[] {"Geneva", "جنيف"}, new String[] {"Berlin", "برلين"}),
                new NameMatcher(ArabicGivenNames.lexicon(), ListedNames.NONE)::isVariant);
        assertThat(t.exonymsOf("geneva")).containsExactly("جنيف");
        assertThat(t.exonymsOf("berlin")).isEmpty(); // the letters match: read by sound
    }

    @Test
    void aBrokenTableLineIsReportedWithItsPlace() {
        InputStream in = new ByteArrayInputStream("# x\ntogether\tدافيد\tديفيد\nexonym\tgeneva\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ListedNames.read(in, "listed-names.tsv"))
                .hasMessageContaining("listed-names.tsv, line 3");
    }
}
