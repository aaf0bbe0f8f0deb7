package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A spelling that writes a hamza where the typed name writes ي is another word when the library says so (0213). */
class HamzaSeatsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aHamzaSeatIsTheOnlyDifference() {
        assertThat(HamzaSeats.hamzaForYeh("الفايز", "الفاءز")).isTrue();
        assertThat(HamzaSeats.hamzaForYeh("الفاءز", "الفايز")).isFalse();
        assertThat(HamzaSeats.hamzaForYeh("الفايز", "الفايز")).isFalse();
        assertThat(HamzaSeats.hamzaForYeh("الفايز", "الفاءد")).isFalse();
        assertThat(HamzaSeats.hamzaForYeh("الفايز", "فاءز")).isFalse();
    }

    @Test
    void aHamzaSpellingIsAWordWhenTheLibraryWritesItInflected() {
        QueryIndex index = ArticleBoundNamesTest.written(Map.of("الفاءز", 165L, "الفايز", 26L, "الفاءزين", 106L,
                "حاءل", 900L, "حايل", 40L));
        assertThat(HamzaSeats.yehFor("الفاءز")).isEqualTo("الفايز");
        assertThat(HamzaSeats.yehFor("سماء")).isEqualTo("سماء");
        assertThat(HamzaSeats.apart("الفايز", "الفاءز", index)).isTrue();
        // the city حائل is never written inflected: a name, also spelled حايل
        assertThat(HamzaSeats.apart("حايل", "حاءل", index)).isFalse();
        assertThat(HamzaSeats.withoutWords(List.of("الفايز", "الفاءز"), index)).containsExactly("الفايز");
        assertThat(HamzaSeats.withoutWords(List.of("حاءل"), index)).containsExactly("حاءل");
        // a hamza spelling without its ي spelling in the list is kept (Taif: «الطائف»)
        assertThat(HamzaSeats.withoutWords(List.of("الفاءز"), index)).containsExactly("الفاءز");
    }
}
