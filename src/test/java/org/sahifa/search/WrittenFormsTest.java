package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typed name's two words written as one inside a phrase (decision 0178) and the clitic forms its name tier cannot
 * reach (0179), CLDR's one-word countries (0180).
 */
class WrittenFormsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void eachNeighbouringPairTheLibraryWritesAsOneWordIsJoined() {
        Map<String, Long> articles = Map.of("عبدالله", 400L, "عبدالعزيز", 300L);
        assertThat(JoinedPhraseWords.of(List.of("علي", "عبد", "الله", "صالح"), w -> articles.getOrDefault(w, 0L)))
                .containsExactly(List.of("علي", "عبدالله", "صالح"));
        assertThat(JoinedPhraseWords.of(List.of("عبدالله", "بن", "عبد", "العزيز"), w -> articles.getOrDefault(w, 0L)))
                .containsExactly(List.of("عبدالله", "بن", "عبدالعزيز"));
        // two words are one compound already (decision 0044): no phrase of one word
        assertThat(JoinedPhraseWords.of(List.of("عبد", "الله"), w -> articles.getOrDefault(w, 0L))).isEmpty();
    }

    @Test
    void aFullNameTypedApartFindsItsCompoundWrittenAsOneWord() {
        for (int i = 0; i < 5; i++) {
            addTagged("صنعاء " + i, "قال الرئيس اليمني علي عبد الله صالح في خطاب " + i, "علي عبد الله صالح");
        }
        addTagged("حليف", "التقى الحوثيون بأنصار علي عبدالله صالح في صنعاء", "علي عبدالله صالح");
        addTagged("رسالة", "بعث برسالة لعلي عبدالله صالح أمس");
        openWithTags();
        assertThat(titles("علي عبد الله صالح")).hasSize(7).contains("حليف", "رسالة");
    }

    @Test
    void theCliticFormsANameTierCannotReach() {
        assertThat(WrittenClitics.of("القاهره")).contains("للقاهره", "وللقاهره", "فللقاهره");
        assertThat(WrittenClitics.of("هيءه")).contains("لهيءه", "وهيءه", "بهيءه");
        assertThat(WrittenClitics.of("بريده")).isEmpty();
        assertThat(WrittenClitics.of("cairo")).isEmpty();
    }

    @Test
    void aNameWithTheArticleIsFoundBehindLam() {
        for (int i = 0; i < 4; i++) {
            addTagged("زيارة " + i, "وصل الوفد إلى القاهرة صباح اليوم " + i, "القاهرة");
        }
        addTagged("عودة", "عاد الوزير للقاهرة بعد جولة خليجية");
        openWithTags();
        assertThat(titles("القاهرة")).hasSize(5).contains("عودة");
    }

    @Test
    void aCountryCldrNamesInOneWordIsACountryWithItsAdjective() {
        NameLexiconWords lists = NameLexiconWords.standard();
        assertThat(lists.isCountry("التشيك")).isTrue();
        assertThat(lists.isCountry("ليتوانيا")).isTrue();
        assertThat(CldrCountries.oneWord(NameWords::isCommonWord)).contains("التشيك", "هنغاريا").doesNotContain("بنين");
        for (int i = 0; i < 3; i++) {
            addTagged("براغ " + i, "زار الوزير التشيك أمس " + i, "التشيك");
            addTagged("مباراة " + i, "فاز المنتخب التشيكي على ضيفه " + i);
        }
        openWithTags();
        assertThat(titles("التشيك")).hasSize(6);
    }
}
