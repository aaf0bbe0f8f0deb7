package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nisba is not its base (decision 0224); a definite family name is not the given name without its article (decision
 * 0225); Arabic words the library writes together are one name (decision 0226).
 */
class NisbaAndFamilyNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aNisbasBaseIsAnotherWord() {
        assertThat(NisbaBases.base("السعدي")).isEqualTo("سعد");
        assertThat(NisbaBases.base("نقلي")).isEqualTo("نقل");
        assertThat(NisbaBases.base("علي")).isNull(); // a base of two letters
        assertThat(NisbaBases.base("السالم")).isNull();
        assertThat(NisbaBases.isBaseOf("السعدي", "سعد")).isTrue();
        assertThat(NisbaBases.isBaseOf("السعدي", "السعد")).isTrue();
        assertThat(NisbaBases.isBaseOf("السعدي", "السعديين")).isFalse(); // its own plural keeps the ي
        assertThat(NisbaBases.stemmedToBase("نقلي", List.of("نقل"))).isTrue();
        assertThat(NisbaBases.stemmedToBase("نقلي", List.of("نقلي"))).isFalse();
    }

    /** An index whose contexts call every two spellings one name, as two people's names' contexts do. */
    private static QueryIndex sameContexts(Map<String, Long> tagged, Map<String, Long> articles) {
        return LatinSoundTargetsTest.index(NameWords.over(w -> tagged.getOrDefault(w, 0L),
                w -> articles.getOrDefault(w, 0L)), articles, Map.of(), true);
    }

    @Test
    void aNisbaFamilyNamesGroupFormsLeaveOutItsBase() {
        QueryIndex index = sameContexts(Map.of("السعدي", 40L, "سعد", 800L),
                Map.of("السعدي", 50L, "سعدي", 50L, "سعد", 900L, "السعد", 30L, "السعديين", 6L));
        assertThat(GroupForms.confirmed("السعدي", index)).doesNotContain("سعد", "السعد");
    }

    @Test
    void aDefiniteFamilyNamesGroupFormsLeaveOutTheGivenName() {
        QueryIndex index = sameContexts(Map.of("السالم", 100L, "سالم", 500L),
                Map.of("السالم", 120L, "سالم", 600L));
        assertThat(DefiniteFamilyNames.isFamilyName("السالم", index.names())).isTrue();
        assertThat(GroupForms.confirmed("السالم", index)).doesNotContain("سالم");
        // a place the press writes with its article keeps its form without it
        QueryIndex place = sameContexts(Map.of("الشيشان", 100L, "شيشان", 10L),
                Map.of("الشيشان", 120L, "شيشان", 125L));
        assertThat(DefiniteFamilyNames.isFamilyName("الشيشان", place.names())).isFalse();
    }

    @Test
    void wordsTheLibraryWritesTogetherAreOneName() {
        for (int i = 0; i < 5; i++) {
            addTagged("الموقع " + i, "زار الوفد رياض الخبراء في القصيم " + i, "رياض");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("أخرى " + i, "قال رياض إن الخبراء حضروا الاجتماع " + i, "رياض");
        }
        openWithTags();
        assertThat(titles("رياض الخبراء")).hasSize(5).allMatch(t -> t.startsWith("الموقع"));
        // the words of a run the library does not write as a phrase are found apart, as typed
        assertThat(titles("رياض حضروا")).hasSize(4);
    }

    private void add(String title, String body) {
        source.add(title, body);
    }
}
