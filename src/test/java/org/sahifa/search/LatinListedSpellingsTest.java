package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which listed spelling of a Latin name the library means, and romanised Arabic names the recogniser tags now and
 * then (decision 0139).
 */
class LatinListedSpellingsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** The lists give Jordan both the country الأردن and a person's جوردن; the library writes the country far more. */
    @Test
    void aListedNameOfOtherConsonantsYieldsToTheCountryTheLibraryWritesFarMore() {
        for (int i = 0; i < 6; i++) {
            addTagged("عمان " + i, "زار الوزير الأردن أمس", "الأردن");
        }
        addTagged("لاعب", "سجل مايكل جوردن نقاطا كثيرة", "مايكل جوردن", "جوردن");
        openWithTags();
        assertThat(titles("Jordan")).hasSize(6).allMatch(t -> t.startsWith("عمان"));

        Map<String, Long> articles = new HashMap<>(Map.of("الاردن", 500L, "جوردن", 2L));
        NameWords names = NameWords.over(w -> articles.getOrDefault(w, 0L), w -> articles.getOrDefault(w, 0L));
        assertThat(LatinListedSpellings.outwrittenByCountry(names, "jordan")).containsExactly("جوردن");
        // a person the library writes nearly as often as the country stays
        articles.put("جوردن", 200L);
        assertThat(LatinListedSpellings.outwrittenByCountry(names, "jordan")).isEmpty();
        // a Latin name the lists give no country for keeps its spellings
        assertThat(LatinListedSpellings.outwrittenByCountry(names, "merkel")).isEmpty();
    }

    /** The lists give Kabul as كابل, which the library writes as «cable»; كابول is its name of the city. */
    @Test
    void aListedOrdinaryWordYieldsToAStrongLearnedName() {
        for (int i = 0; i < 5; i++) {
            addTagged("أفغانستان " + i, "انفجار في العاصمة الأفغانية كابول اليوم", "كابول");
        }
        addTagged("كهرباء", "انقطع كابل الكهرباء في الحي");
        addTagged("اتصالات", "مد كابل بحري جديد للاتصالات");
        openWithTags();
        assertThat(titles("Kabul")).hasSize(5).allMatch(t -> t.startsWith("أفغانستان"));
    }

    /**
     * «النصرة» is a dictionary word («support») that the recogniser tags in some of the articles that write the
     * group's name: with native letters and the Latin word's consonants, that is enough for a romanised Arabic name.
     */
    @Test
    void aRomanisedArabicNameTheRecogniserTagsNowAndThenIsFound() {
        for (int i = 0; i < 12; i++) {
            if (i < 5) {
                addTagged("جبهة " + i, "اشتباكات بين الجيش وجبهة النصرة في ريف حلب", "جبهة النصرة", "النصرة");
            } else {
                addTagged("جبهة " + i, "اشتباكات بين الجيش وجبهة النصرة في ريف حلب");
            }
        }
        openWithTags();
        assertThat(titles("Nusra")).hasSize(12);

        Map<String, Long> articles = Map.of("النصره", 180L);
        NameWords sometimes = NameWords.over(w -> w.equals("النصره") ? 22L : 0L, w -> articles.getOrDefault(w, 0L));
        NameWords rarely = NameWords.over(w -> w.equals("النصره") ? 3L : 0L, w -> articles.getOrDefault(w, 0L));
        assertThat(LatinListedSpellings.isTaggedNowAndThen(sometimes, "النصره")).isTrue();
        assertThat(LatinListedSpellings.isTaggedNowAndThen(rarely, "النصره")).isFalse();
    }
}
