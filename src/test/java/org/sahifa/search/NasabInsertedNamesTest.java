package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A given and a family name typed in Latin also find the Arabic full name with the nasab written between them
 * (decision 0230): «محمود بن رضا عباس» and «محمود بن رضا بن علي عباس» for Mahmoud Abbas, marked whole; not the two
 * words apart, nor another given name with a nasab.
 */
class NasabInsertedNamesTest extends SearchServiceTestSupport {

    private List<SearchHit> hits(String query) {
        return search.search(query, SearchOptions.defaults()).hits();
    }

    @Test
    void aGivenAndAFamilyNameFindTheFullNameWithItsNasab() {
        for (int i = 0; i < 5; i++) {
            addTagged("الرئيس " + i, "استقبل الرئيس الفلسطيني محمود عباس وفدا في رام الله", "محمود عباس");
        }
        addTagged("الأب", "صدر أمر بتعيين محمود بن رضا عباس وزيرا للحج", "محمود");
        addTagged("الجد", "صدر أمر بتعيين محمود بن رضا بن علي عباس وزيرا للحج", "محمود");
        addTagged("آخر", "صدر أمر بتعيين محمد بن رضا عباس وزيرا للحج", "محمد");
        addTagged("متفرق", "حضر محمود بن رضا الاجتماع ثم غادر عباس القاعة", "محمود", "عباس");
        openWithTags();
        List<SearchHit> found = hits("Mahmoud Abbas");
        assertThat(found).extracting(SearchHit::title).hasSize(7).contains("الأب", "الجد")
                .doesNotContain("آخر", "متفرق");
        SearchHit father = found.stream().filter(h -> h.title().equals("الأب")).findFirst().orElseThrow();
        assertThat(String.join(" ", father.matched())).contains("عباس");
    }

    @Test
    void onlyAGivenNameBeforeAFamilyNameHasANasab() {
        assertThat(NasabInsertedNames.slots("محمود عباس")).hasSize(NasabInsertedNames.MAX_FATHERS);
        assertThat(NasabInsertedNames.slots("محمود عباس").get(0)).hasSize(4);
        // a first word that is no given name of the lexicon, one word, three words: no nasab
        assertThat(NasabInsertedNames.slots("الرياض جده")).isEmpty();
        assertThat(NasabInsertedNames.slots("محمود")).isEmpty();
        assertThat(NasabInsertedNames.slots("محمود عباس علي")).isEmpty();
    }
}
