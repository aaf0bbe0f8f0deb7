package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Latin acronym is searched as the press writes it, never as a word's letters (decision 0152). */
class LatinAcronymsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void anAcronymIsCapitalLettersOnly() {
        assertThat(LatinAcronyms.isAcronym("CNN")).isTrue();
        assertThat(LatinAcronyms.isAcronym("IAEA")).isTrue();
        assertThat(LatinAcronyms.isAcronym("U.N.")).isTrue();
        assertThat(LatinAcronyms.isAcronym("Cnn")).isFalse();
        assertThat(LatinAcronyms.isAcronym("cnn")).isFalse();
        assertThat(LatinAcronyms.isAcronym("A")).isFalse();
        assertThat(LatinAcronyms.isAcronym("ABCDEFG")).isFalse();
        assertThat(LatinAcronyms.isAcronym("..")).isFalse();
    }

    /**
     * The English-names list gives CNN as «سي إن إن»; the word «كن» («be») is the letters C-N-N read as a word
     * (decision 0028's model), and no acronym's reading.
     */
    @Test
    void anAcronymDoesNotReachAWordOfItsLetters() {
        for (int i = 0; i < 3; i++) {
            addTagged("شبكة " + i, "قالت شبكة سي إن إن الأمريكية إن الاجتماع انتهى", "سي إن إن");
        }
        for (int i = 0; i < 8; i++) {
            addTagged("نصيحة " + i, "قال لابنه كن صبورا ولا تستعجل فالأمر يحتاج وقتا");
        }
        openWithTags();
        assertThat(titles("CNN")).hasSize(3).allMatch(t -> t.startsWith("شبكة"));
    }
}
