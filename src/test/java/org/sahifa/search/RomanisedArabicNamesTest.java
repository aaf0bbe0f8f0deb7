package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latin names of Arabic places and persons as English-language media write them find the library's Arabic spelling
 * (decision 0035): the letters of native names (ص ض ط ظ ح ق ع ء) read as the foreign-style letters the model learned,
 * and a name of the library with those letters kept by its evidence; German readings combined.
 */
class RomanisedArabicNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aRomanisedArabicPlaceFindsItsSpellingWithHamzaAndAin() {
        source.add("أمطار", "هطلت أمطار غزيرة على منطقة حائل أمس");
        source.add("قصف", "قصفت الطائرات مدينة درعا جنوب البلاد");
        source.add("بيت", "عاد إلى دارة العائلة القديمة");
        openWithTags(Map.of("حاءل", 1L, "درعا", 1L), Map.of());
        assertThat(titles("Hail")).containsExactly("أمطار");
        assertThat(titles("Daraa")).containsExactly("قصف");
    }

    @Test
    void aLatinNameTheListsGiveAsAGivenNameAlsoFindsThePlaceOfTheLibrary() {
        source.add("منطقة", "أمطار على منطقة القصيم اليوم");
        source.add("لاعب", "سجل قاسم هدفين في المباراة");
        openWithTags(Map.of("القصيم", 1L, "قاسم", 1L), Map.of());
        assertThat(titles("Qassim")).containsExactlyInAnyOrder("منطقة", "لاعب");
    }

    @Test
    void aWordWithHamzaIsNotReadAsARomanisedNameWithoutTheVowelsThatWriteIt() {
        source.add("تصريح", "قال المسؤول إن الاجتماع انتهى");
        openWithTags(Map.of(), Map.of());
        assertThat(titles("Mosul")).isEmpty();
    }

    @Test
    void aGermanNameIsReadWithAllItsGermanSoundsAtOnce() {
        source.add("وزير", "قال وزير الخارجية الألماني فرانك فالتر شتاينماير");
        openWithTags(Map.of("شتاينماير", 1L), Map.of());
        assertThat(titles("Steinmeier")).containsExactly("وزير");
    }
}
