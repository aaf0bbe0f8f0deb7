package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's and a place's other forms (decision 0054): morphology proposes them, and the library's context around
 * each form decides whether it is searched.
 */
class GroupFormsTest extends SearchServiceTestSupport {

    @Test
    void aBrokenPluralProposesItsRootAndNisbaAndBack() {
        assertThat(GroupForms.candidates("الاكراد")).contains("كرد", "الكرد", "الكردي", "كرديه", "الكرديه", "اكراد");
        assertThat(GroupForms.candidates("الدروز")).contains("درزي", "الدرزي", "دروز");
        assertThat(GroupForms.candidates("الكرديه")).contains("الاكراد", "اكراد", "الكرد", "الكردي");
        assertThat(GroupForms.candidates("الدرزي")).contains("الدروز");
    }

    @Test
    void aStanNameProposesItsPeopleAndTheirNisbaAndBack() {
        assertThat(GroupForms.candidates("افغانستان")).contains("الافغان", "الافغاني", "افغانيه", "افغانستاني")
                .doesNotContain("افغانستان");
        assertThat(GroupForms.candidates("باكستان")).contains("باكستاني", "الباكستانيه").doesNotContain("باك");
        assertThat(GroupForms.candidates("الافغاني")).contains("افغانستان", "الافغان");
    }

    @Test
    void aPlaceProposesItsNisba() {
        assertThat(GroupForms.candidates("الشيشان")).contains("الشيشاني", "الشيشانيه", "شيشاني");
    }

    private void kurds() {
        for (int i = 0; i < 4; i++) {
            addTagged("أكراد " + i, "قاتل الأكراد في أربيل شمال العراق " + i, "الأكراد", "أربيل", "العراق");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("قوات " + i, "تقدمت القوات الكردية نحو أربيل في العراق " + i, "أربيل", "العراق");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("مباراة " + i, "سجل اللاعب الكردي هدفا للهلال أمام النصر " + i, "الهلال", "النصر");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("انتقال " + i, "ترك اللاعب الهلال إلى النصر " + i, "الهلال", "النصر");
        }
    }

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aGroupFindsItsNisbaWhereTheLibraryWritesItAboutTheGroup() {
        kurds();
        openWithTags();
        List<String> found = titles("الأكراد");
        // the plural first, its adjective where the names around it are the group's; not the footballer, not «ترك»
        assertThat(found).hasSize(8);
        assertThat(found.subList(0, 4)).allMatch(t -> t.startsWith("أكراد"));
        assertThat(found.subList(4, 8)).allMatch(t -> t.startsWith("قوات"));
        assertThat(titles("الكردية")).anyMatch(t -> t.startsWith("أكراد"));
    }

    @Test
    void aConfirmedNisbaAlsoFindsItsFormWithoutTheArticle() {
        for (int i = 0; i < 4; i++) {
            addTagged("أكراد " + i, "قاتل الأكراد في أربيل شمال العراق " + i, "الأكراد", "أربيل", "العراق");
            addTagged("حزب " + i, "قال الحزب الكردي في أربيل إن العراق " + i, "أربيل", "العراق");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("مطعم " + i, "افتتح مطعم كردي في الرياض قرب الهلال " + i, "الرياض", "الهلال");
        }
        openWithTags();
        assertThat(titles("الأكراد")).hasSize(11).anyMatch(t -> t.startsWith("مطعم"));
    }

    @Test
    void withoutTheRecognisersTagsNoFormIsConfirmed() {
        kurds();
        open();
        assertThat(titles("الأكراد")).hasSize(4).allMatch(t -> t.startsWith("أكراد"));
    }
}
