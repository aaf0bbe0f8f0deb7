package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A two-word name with its second word's final hamza written another way (decision 0140), not stemmed into another
 * adjective (decision 0141), and a two-word place's people (decision 0142).
 */
class TwoWordNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void theFinalHamzaOfASecondWordIsWrittenOnYehOrLeftOut() {
        assertThat(SecondWordHamza.otherSpellings("الهادي")).containsExactly("الهادء", "الهاديء");
        assertThat(SecondWordHamza.otherSpellings("الهادء")).containsExactly("الهادي", "الهاديء");
        assertThat(SecondWordHamza.otherSpellings("الهاديء")).containsExactly("الهادء", "الهادي");
        assertThat(SecondWordHamza.otherSpellings("صنعاء")).containsExactly("صنعا");
        assertThat(SecondWordHamza.otherSpellings("كاي")).isEmpty();
        assertThat(SecondWordHamza.otherSpellings("الساعي")).containsExactly("الساعء", "الساعيء");
    }

    @Test
    void aTwoWordNameFindsItsSecondWordWithTheFinalHamzaWrittenOtherwise() {
        for (int i = 0; i < 5; i++) {
            addTagged("هادئ " + i, "هبت عاصفة في المحيط الهادئ قرب اليابان " + i, "المحيط الهادئ", "اليابان");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("هادي " + i, "زلزال تحت المحيط الهادي قرب تشيلي " + i, "تشيلي");
            addTagged("رئيس " + i, "قال الرئيس الهادي إن المحيط هادئ " + i);
        }
        openWithTags();
        List<String> found = titles("المحيط الهادي");
        assertThat(found).hasSize(8).noneMatch(t -> t.startsWith("رئيس"));
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("هادي"));
        assertThat(titles("المحيط الهادئ")).hasSize(8).noneMatch(t -> t.startsWith("رئيس"));
    }

    @Test
    void aTwoWordNameIsNotStemmedIntoAnotherAdjective() {
        for (int i = 0; i < 5; i++) {
            addTagged("عربي " + i, "هطلت أمطار على سواحل الخليج العربي أمس " + i, "الخليج العربي");
        }
        addTagged("رسالة", "وجه الوزير رسالة للخليج العربي وشعوبه");
        for (int i = 0; i < 3; i++) {
            addTagged("تعاون " + i, "اجتمع وزراء مجلس التعاون لدول الخليج العربية " + i, "مجلس التعاون");
        }
        openWithTags();
        assertThat(titles("الخليج العربي")).hasSize(6).noneMatch(t -> t.startsWith("تعاون"));
    }

    @Test
    void theSecondWordOfAConstructIsAlsoWrittenWithoutTheArticle() {
        assertThat(ProcliticForms.withoutArticleAfter("ولد", "الشيخ")).containsExactly("الشيخ", "شيخ");
        assertThat(ProcliticForms.withoutArticleAfter("الامم", "المتحده")).containsExactly("المتحده");
        assertThat(ProcliticForms.of("الامم")).contains("الامم", "للامم", "وللامم", "والامم", "بالامم")
                .doesNotContain("لالامم");
        for (int i = 0; i < 5; i++) {
            addTagged("مبعوث " + i, "وصل إسماعيل ولد الشيخ أحمد إلى صنعاء " + i, "ولد الشيخ", "صنعاء");
        }
        for (int i = 0; i < 2; i++) {
            addTagged("شيخ " + i, "التقى المبعوث إسماعيل ولد شيخ أحمد الوزير " + i);
        }
        openWithTags();
        assertThat(titles("ولد الشيخ")).hasSize(7);
    }

    @Test
    void aTwoWordPlaceFindsItsPeoplesAdjectiveInTwoWords() throws Exception {
        for (int i = 0; i < 3; i++) {
            addTagged("سيول " + i, "زار الوزير كوريا الجنوبية وعاصمتها سيول " + i, "كوريا الجنوبية", "سيول");
            addTagged("رئيس " + i, "قال الرئيس الكوري الجنوبي في سيول " + i, "سيول");
            addTagged("شركة " + i, "أعلنت شركة كورية جنوبية عن هاتف جديد " + i);
            addTagged("شمال " + i, "أطلق الجيش الكوري صاروخا نحو البحر الجنوبي " + i);
        }
        openWithTags();
        NameWords names = search.index().withSearcher(s -> search.names(s.getIndexReader()));
        assertThat(PeopleAdjectives.of("كوريا", "الجنوبيه", names)).contains("الكوري الجنوبي", "كوريه جنوبيه",
                "الكوريين الجنوبيين");
        assertThat(PeopleAdjectives.of("المحيط", "الهادي", names)).isEmpty();
        List<String> found = titles("كوريا الجنوبية");
        assertThat(found).hasSize(9).noneMatch(t -> t.startsWith("شمال"));
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("سيول"));
    }

    @Test
    void aPlaceHeadedByADirectionFindsTheDirectionWithTheNamesNisba() {
        for (int i = 0; i < 3; i++) {
            addTagged("جوهانسبرغ " + i, "زار الوزير جنوب أفريقيا ومدينة جوهانسبرغ " + i, "جنوب أفريقيا", "جوهانسبرغ");
            addTagged("عملة " + i, "تراجع الراند الجنوب أفريقي أمام الدولار " + i);
            addTagged("قارة " + i, "هطلت أمطار في الجنوب وفي أفريقيا " + i, "أفريقيا");
        }
        openWithTags();
        List<String> found = titles("جنوب أفريقيا");
        assertThat(found).hasSize(6).noneMatch(t -> t.startsWith("قارة"));
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("جوهانسبرغ"));
    }
}
