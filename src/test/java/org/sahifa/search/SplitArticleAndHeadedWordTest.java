package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article written apart is no word of a Latin name's spelling (decision 0170); an ordinary word the library writes
 * after a place head yields to a likelier name of the Latin letters (decision 0171).
 */
class SplitArticleAndHeadedWordTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void theArticleWrittenApartIsNoSpelling() {
        for (int i = 0; i < 4; i++) {
            addTagged("شركة " + i, "أعلنت شركة إل إيه للطيران عن رحلات جديدة", "إل إيه");
        }
        openWithTags();
        search.withColdLibrary(index -> {
            assertThat(LearnedSpellings.in(index, "alsayh")).noneMatch(s -> s.startsWith("ال "));
            return null;
        });
    }

    @Test
    void aHeadedOrdinaryWordYieldsToALikelierName() {
        for (int i = 0; i < 6; i++) {
            addTagged("رحلة " + i, "وصل الفريق إلى مدينة سان فرانسيسكو أمس");
            addTagged("سناح " + i, "زار المحافظ مركز سناح في جولة تفقدية", "سناح");
        }
        openWithTags();
        assertThat(titles("Sanah")).isNotEmpty().allMatch(t -> t.startsWith("سناح"));
    }
}
