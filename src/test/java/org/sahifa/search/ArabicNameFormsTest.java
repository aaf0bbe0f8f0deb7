package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms an Arabic name query reaches beyond its spelling (decision 0056): a country's adjective with and without
 * the article, also for a country the curated places name in one word (الإمارات); another name's nisba forms only
 * where the library uses them about it; a final hamza left out or written.
 */
class ArabicNameFormsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aCountryOfTheCuratedPlacesInOneWordIsACountry() {
        NameLexiconWords lists = NameLexiconWords.standard();
        assertThat(lists.isCountry("الامارات")).isTrue();
        assertThat(lists.isCountry("بريطانيا")).isTrue();
        assertThat(lists.isCountry("الرياض")).isFalse();
        assertThat(NameLexiconWords.countryAliases(List.<String[]>of(new String[] {"الإمارات العربية المتحدة",
                " الإمارات ", "UAE"}, new String[] {"الرياض", "Riyadh"}), java.util.Set.of("الامارات العربيه المتحده")))
                .containsExactly("الامارات");
    }

    @Test
    void aCountryTypedWithTheArticleFindsItsAdjectiveWithAndWithoutIt() {
        source.add("وزير", "وصل وزير الخارجية الإماراتي إلى الرياض");
        source.add("لاعب", "وقع النادي مع لاعب سنغالي جديد");
        source.add("منتخب", "فاز منتخب السنغال على مصر");
        source.add("جامعة", "افتتحت جامعة الإمارات فرعا جديدا");
        open();
        assertThat(titles("الإمارات")).containsExactlyInAnyOrder("جامعة", "وزير");
        assertThat(titles("السنغال")).containsExactlyInAnyOrder("منتخب", "لاعب");
    }

    @Test
    void aFamilyNameDoesNotFindTheAdjectiveItsFeminineIsWhereTheLibraryUsesItOtherwise() {
        for (int i = 0; i < 4; i++) {
            addTagged("لاعب " + i, "سجل عبدالله الحربي هدفا للهلال أمام النصر " + i, "عبدالله الحربي", "الهلال",
                    "النصر");
            addTagged("قوات " + i, "وصلت القطع الحربية الروسية إلى ميناء طرطوس في سوريا " + i, "روسيا", "طرطوس",
                    "سوريا");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("حزب " + i, "قال الحزب البعثي في دمشق إن سوريا " + i, "دمشق", "سوريا");
            addTagged("قادة " + i, "اعتقل قادة البعثيين في دمشق وسوريا " + i, "دمشق", "سوريا");
        }
        openWithTags();
        assertThat(titles("الحربي")).hasSize(4).allMatch(t -> t.startsWith("لاعب"));
        // a group's plural, used about the same group, is still found
        assertThat(titles("البعثي")).hasSize(8);
    }

    @Test
    void aNameFindsItsSpellingWithAndWithoutTheFinalHamza() {
        for (int i = 0; i < 4; i++) {
            addTagged("ضباء " + i, "وصلت السفينة إلى ميناء ضباء شمال تبوك " + i, "تبوك");
            addTagged("ضبا " + i, "أمطار على محافظة ضبا وتبوك " + i, "ضبا", "تبوك");
        }
        openWithTags();
        assertThat(titles("ضبا")).hasSize(8);
        assertThat(titles("ضباء")).hasSize(8);
    }

    @Test
    void aDictionaryWordWithTheHamzaIsAnotherWordWhereTheLibraryUsesItOtherwise() {
        for (int i = 0; i < 4; i++) {
            addTagged("فيفا " + i, "قرر الفيفا معاقبة الاتحاد بعد بطولة كأس العالم في البرازيل " + i, "الفيفا",
                    "البرازيل");
            addTagged("جبال " + i, "هطلت الأمطار على جبال فيفاء في جازان " + i, "جازان");
        }
        openWithTags();
        assertThat(titles("فيفا")).hasSize(4).allMatch(t -> t.startsWith("فيفا"));
    }

    @Test
    void twoDictionaryWordsByTheFinalHamzaAreTwoWords() {
        assertThat(FinalHamza.otherSpelling("رفحاء")).isEqualTo("رفحا");
        assertThat(FinalHamza.otherSpelling("ضبا")).isEqualTo("ضباء");
        assertThat(FinalHamza.otherSpelling("داا")).isNull();
        assertThat(NameWords.isCommonWord("دعا")).isTrue();
        assertThat(NameWords.isCommonWord("دعاء")).isTrue();
        for (int i = 0; i < 4; i++) {
            addTagged("دعا " + i, "دعا الرئيس إلى الحوار في الرياض " + i, "دعا", "الرياض");
            addTagged("دعاء " + i, "رفع المصلون الدعاء والابتهال في الرياض " + i, "الرياض");
        }
        openWithTags();
        assertThat(titles("دعا")).hasSize(4).allMatch(t -> t.startsWith("دعا "));
    }

    @Test
    void matchedWordsTheArticleWritesTogetherAreOneEntry() {
        source.add("جلسة", "قال مجلس الوزراء أمس إن مجلس\nالشورى وافق على النظام");
        open();
        SearchHit h = search.search("مجلس الشورى", SearchOptions.defaults()).hits().get(0);
        // one entry for the two words written across a line; «مجلس» of «مجلس الوزراء» is no match of the noun
        // phrase (decision 0198)
        assertThat(h.matched()).containsExactly("مجلس الشورى");
    }

    @Test
    void aSpellingOfACountryFindsTheCountrysAdjective() {
        for (int i = 0; i < 4; i++) {
            addTagged("تايلاند " + i, "زار الوزير تايلاند وعاصمتها بانكوك " + i, "تايلاند", "بانكوك");
            addTagged("تايلند " + i, "فيضانات في تايلند قرب بانكوك " + i, "تايلند", "بانكوك");
            addTagged("رئيس " + i, "قال رئيس الوزراء التايلاندي في بانكوك " + i, "بانكوك");
        }
        openWithTags();
        assertThat(titles("تايلند")).hasSize(12);
    }
}
