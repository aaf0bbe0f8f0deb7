package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void aNisbaFamilyNameDoesNotFindTheGivenNameItComesFrom() {
        for (int i = 0; i < 6; i++) {
            addTagged("السعدي " + i, "قال الدكتور خالد السعدي في الرياض إن المشروع بدأ " + i, "خالد السعدي",
                    "السعدي", "الرياض");
            addTagged("سعد " + i, "قال الدكتور سعد في الرياض إن المشروع بدأ " + i, "سعد", "الرياض");
        }
        openWithTags();
        assertThat(titles("السعدي")).hasSize(6).allMatch(t -> t.startsWith("السعدي"));
    }

    @Test
    void aDefiniteFamilyNameDoesNotFindTheGivenNameWithoutItsArticle() throws java.io.IOException {
        for (int i = 0; i < 6; i++) {
            addTagged("السالم " + i, "قال المهندس فهد السالم في الرياض إن العمل بدأ " + i, "فهد السالم",
                    "السالم", "الرياض");
            addTagged("سالم " + i, "قال المهندس سالم في الرياض إن العمل بدأ " + i, "سالم", "الرياض");
            addTagged("سالم ب " + i, "وصل سالم إلى الرياض " + i, "سالم", "الرياض");
        }
        openWithTags();
        NameWords names = search.index().withSearcher(s -> search.names(s.getIndexReader()));
        assertThat(DefiniteFamilyNames.isFamilyName("السالم", names)).isTrue();
        assertThat(titles("السالم")).hasSize(6).allMatch(t -> t.startsWith("السالم"));
    }

    @Test
    void wordsTheLibraryWritesTogetherAreOneName() {
        for (int i = 0; i < 5; i++) {
            add("الشركة " + i, "أعلنت السعودية للكهرباء عن مشروع جديد " + i);
        }
        for (int i = 0; i < 4; i++) {
            add("أخرى " + i, "تستورد السعودية معدات الكهرباء من الخارج " + i);
        }
        open();
        assertThat(titles("السعوديه للكهرباء")).hasSize(5).allMatch(t -> t.startsWith("الشركة"));
        // the words of a run the library does not write as a phrase are found apart, as typed
        assertThat(titles("الكهرباء معدات")).hasSize(4);
    }

    private void add(String title, String body) {
        source.add(title, body);
    }
}
