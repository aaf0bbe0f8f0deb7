package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** English words of bodies' names translated by the open wordnets' dictionary where the library writes them (0216). */
class InstitutionDictionaryTest {

    private static final InstitutionWords WORDS = InstitutionWords.standard();

    private static String n(String arabic) {
        return ArabicNormalizer.normalize(arabic);
    }

    @Test
    void theShippedDictionaryTranslatesTheContentWordsOfBodiesNames() {
        InstitutionDictionary d = InstitutionDictionary.standard();
        assertThat(d.of("culture")).contains(n("ثقافة"));
        assertThat(d.of("youth")).contains(n("شباب"));
        assertThat(d.of("investigation")).contains(n("تحقيق"));
        assertThat(d.of("relief")).contains(n("إغاثة"));
        // a plural by its singular; an adjective by its adjective senses
        assertThat(d.of("arts")).contains(n("فنون"));
        assertThat(d.of("national")).contains(n("وطني"));
        // an adjective WordNet links to a noun: that noun's Arabic relative adjective (literature → أدب → أدبي)
        assertThat(d.of("literary")).contains(n("أدبي"));
        assertThat(d.of("military")).contains(n("عسكري"), n("جيش"));
        assertThat(d.of("zzzz")).isEmpty();
    }

    @Test
    void onlyTheTranslationsTheLibraryWritesMostAreKept() {
        InstitutionDictionary d = InstitutionDictionary.read(List.of("culture\tn\tثقافة\tحضارة\tزرع\tكلمة"));
        Map<String, Long> counts = Map.of(n("الحضارة"), 40L, n("الثقافة"), 900L, n("الزرع"), 3L, n("الكلمة"), 30L);
        assertThat(d.inLibrary("culture", w -> counts.getOrDefault(w, 0L), 5))
                .containsExactly(n("الثقافة"), n("الحضارة"));
    }

    @Test
    void aBodysNameIsComposedWithTheDictionaryWordsAndConfirmedByTheLibrary() {
        InstitutionDictionary d = InstitutionDictionary.read(List.of("culture\tn\tثقافة\tحضارة", "art\tn\tفن\tفنون",
                "naif\ta\tساذج"));
        QueryIndex index = LatinSoundTargetsTest.index(NameWords.over(w -> 0L, w -> 0L),
                Map.of(n("الثقافة"), 900L, n("الحضارة"), 40L, n("الفن"), 300L, n("الفنون"), 200L, n("الساذج"), 9L),
                Map.of(n("جمعية الثقافة والفنون"), 176L, n("جامعة نايف العربية"), 47L));
        Function<String, List<String>> names = InstitutionNamesTest.spellings(Map.of("naif", List.of("نايف")));
        // «for» right after the head is also read as a genitive; the library confirms the phrase
        assertThat(d.confirmed(index, "society for culture and arts", WORDS, EnglishNames.standard()::title, names))
                .containsExactly(n("جمعية الثقافة والفنون"));
        // without the dictionary the words have no reading: nothing
        assertThat(InstitutionNames.confirmed(index, "society for culture and arts", WORDS,
                EnglishNames.standard()::title, names)).isEmpty();
        // a name that the dictionary also translates is still read as a name
        assertThat(d.confirmed(index, "naif arab university", WORDS, EnglishNames.standard()::title, names))
                .containsExactly(n("جامعة نايف العربية"));
    }

    @Test
    void aLearnedTranslationOrAHeadIsNotReplacedByTheDictionary() {
        InstitutionWords more = WORDS.withMore(w -> List.of(n("الزرع")));
        assertThat(more.translations("science")).containsExactly(n("العلوم"));
        assertThat(more.translations("university")).isEmpty();
        assertThat(more.translations("qwerty")).containsExactly(n("الزرع"));
    }
}
