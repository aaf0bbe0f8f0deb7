package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Latin name reaches the name the library means, not other names of its letters (decision 0034): the nisba forms of
 * its spellings only as written and, beyond a country's, only where the library's context confirms them; among the
 * spellings the model finds, not a rarer name the model does not prefer to the library's usual one; not the given
 * name the lists give when the library writes a place of its letters more often.
 */
class LatinUsualNameTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** Canada's adjective كندي is searched as written: its letter variant كينيدي (Kennedy) is another name. */
    @Test
    void aCountrysAdjectiveIsSearchedAsWrittenNotByItsLetterVariants() {
        addTagged("تورونتو", "زار رئيس الوزراء الكندي مدينة تورونتو", "الكندي");
        addTagged("أوتاوا", "أعلنت كندا عن خطة جديدة", "كندا");
        addTagged("اغتيال", "ذكرى اغتيال الرئيس جون كينيدي", "جون كينيدي");
        addTagged("مطار", "هبطت الطائرة في مطار كينيدي", "كينيدي");
        openWithTags();
        assertThat(titles("Canada")).containsExactlyInAnyOrder("تورونتو", "أوتاوا");
    }

    /**
     * A family name ending as a nisba (سليماني) does not bring its feminine form, a city of another context
     * (السليمانية), whose context the library does not share with it.
     */
    @Test
    void aFamilyNamesNisbaFormsNeedTheLibrarysContext() {
        for (int i = 0; i < 4; i++) {
            addTagged("فيلق " + i, "قال قائد فيلق القدس قاسم سليماني في طهران", "قاسم سليماني", "طهران",
                    "فيلق القدس");
            addTagged("كردستان " + i, "وصل الوفد إلى مدينة السليمانية في إقليم كردستان", "السليمانية",
                    "كردستان", "أربيل");
        }
        openWithTags();
        assertThat(titles("Suleimani")).hasSize(4).allMatch(t -> t.startsWith("فيلق"));
    }

    /**
     * Jubeir: the model reaches الجبير, which the library writes most, and family names of its consonants it writes
     * far less and scores lower (الجبار, جوبر); FIFA: الفيفا, not the family name الفيفي. A rarer spelling the model
     * scores at least as well as the usual one stays (فايسبوك beside فيسبوك).
     */
    @Test
    void aRarerNameTheModelDoesNotPreferToTheUsualSpellingIsAnotherName() {
        Map<String, Long> articles = new HashMap<>(Map.of("الجبير", 284L, "الجبار", 27L, "الجبر", 31L, "جوبر", 12L,
                "فيسبوك", 393L, "فايسبوك", 4L));
        NameWords names = NameWords.over(w -> articles.getOrDefault(w, 0L), w -> articles.getOrDefault(w, 0L));
        assertThat(kept(names, "jubeir", "الجبير", "الجبار", "الجبر", "جوبر")).containsOnlyKeys("الجبير");
        assertThat(kept(names, "facebook", "فيسبوك", "فايسبوك")).containsOnlyKeys("فيسبوك", "فايسبوك");
        // without a spelling written far more often, each stays
        articles.put("الجبير", 30L);
        assertThat(kept(names, "jubeir", "الجبير", "الجبار", "الجبر", "جوبر")).hasSize(4);
    }

    private static Map<String, Double> kept(NameWords names, String latin, String... spellings) {
        Map<String, Double> found = new HashMap<>();
        for (String s : spellings) {
            found.put(s, LearnedSpellings.score(LearnedSpellings.readings(), latin, s));
        }
        LearnedSpellings.keepTheUsualName(names, found);
        return found;
    }

    /**
     * The lists translate Qassim as the given name قاسم; the library writes the region القصيم, read from the Latin
     * letters as romanised Arabic, in more articles: the given name (and القاسم) is left out. Faisal keeps فيصل, which
     * no other reading outwrites.
     */
    @Test
    void aListedGivenNameYieldsToAPlaceTheLibraryWritesMoreOften() {
        for (int i = 0; i < 3; i++) {
            addTagged("أمطار " + i, "هطلت أمطار غزيرة على منطقة القصيم", "القصيم");
        }
        addTagged("لاعب", "سجل قاسم هدفا", "قاسم");
        openWithTags();
        assertThat(titles("Qassim")).hasSize(3).allMatch(t -> t.startsWith("أمطار"));
        NameWords names = search.withColdLibrary(QueryIndex::names);
        assertThat(LearnedSpellings.givenNamesOutwritten(names, List.of("فيصل"), Set.of("الفيصل"))).isEmpty();
    }
}
