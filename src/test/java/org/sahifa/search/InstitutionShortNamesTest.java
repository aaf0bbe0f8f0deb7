package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An institution's two-word short form, searched where the library writes it for this name (decision 0174). */
class InstitutionShortNamesTest {

    /** An index that counts the articles of phrases from a table. */
    private static QueryIndex counting(Map<String, Long> phrases) {
        return LatinSoundTargetsTest.index(NameWords.over(w -> 0L, w -> 0L), Map.of(), phrases);
    }

    @Test
    void theHeadIsSearchedWhereTheLibraryWritesItMostlyForThisName() {
        List<String> gcc = List.of("مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية");
        Map<String, Integer> owners = Map.of("مجلس التعاون", 1, "وزاره الخارجيه", 1, "صندوق النقد", 2);
        // written in 560 articles, the full name in 455 of them: the head stands for it
        QueryIndex index = counting(Map.of("مجلس التعاون", 560L, "مجلس التعاون الخليجي", 300L,
                "مجلس التعاون لدول الخليج العربيه", 455L, "وزاره الخارجيه", 2000L,
                "وزاره الخارجيه الامريكيه", 150L, "صندوق النقد", 500L, "صندوق النقد الدولي", 450L));
        assertThat(InstitutionShortNames.with(index, gcc, owners)).containsExactly("مجلس التعاون الخليجي",
                "مجلس التعاون لدول الخليج العربية", "مجلس التعاون");
        // a head written mostly for other bodies is not this one's
        assertThat(InstitutionShortNames.with(index, List.of("وزارة الخارجية الأمريكية"), owners))
                .containsExactly("وزارة الخارجية الأمريكية");
        // a head two names of the list start with is neither's
        assertThat(InstitutionShortNames.with(index, List.of("صندوق النقد الدولي"), owners))
                .containsExactly("صندوق النقد الدولي");
        // a noun with its adjective, or a head that cuts a name, is no short form
        QueryIndex agency = counting(Map.of("الوكاله الدوليه", 77L, "الوكاله الدوليه للطاقه الذريه", 50L));
        assertThat(InstitutionShortNames.with(agency, List.of("الوكالة الدولية للطاقة الذرية"), Map.of()))
                .containsExactly("الوكالة الدولية للطاقة الذرية");
        assertThat(InstitutionShortNames.isConstruct(List.of("شبكه", "سي"))).isFalse();
        assertThat(InstitutionShortNames.isConstruct(List.of("مؤسسه", "النقد"))).isTrue();
        // no phrase counts (an archive client): the names as listed
        assertThat(InstitutionShortNames.with(counting(Map.of()), gcc, owners)).isEqualTo(gcc);
    }

    @Test
    void aHeadBeforeAWordJoinedByAndIsAnotherBody() {
        // «وزارة الثقافة» is written in 126 articles, the full name in 89: still not this ministry's short form
        QueryIndex index = counting(Map.of("وزاره الثقافه", 126L, "وزاره الثقافه والاعلام", 89L));
        assertThat(InstitutionShortNames.with(index, List.of("وزارة الثقافة والإعلام"), Map.of("وزاره الثقافه", 1)))
                .containsExactly("وزارة الثقافة والإعلام");
        assertThat(InstitutionShortNames.coordinatedAfterHead(List.of("وزاره", "المياه", "والكهرباء"))).isTrue();
        assertThat(InstitutionShortNames.coordinatedAfterHead(List.of("مجلس", "التعاون", "لدول"))).isFalse();
        assertThat(InstitutionShortNames.coordinatedAfterHead(List.of("مؤسسه", "النقد", "العربي"))).isFalse();
    }

    @Test
    void theListsHeadsAreCountedByName() {
        Map<String, Integer> owners = InstitutionShortNames.owners(EnglishNames.standard());
        assertThat(owners.get("مجلس التعاون")).isEqualTo(1);
        assertThat(owners.get("صندوق النقد")).isGreaterThan(1);
    }
}
