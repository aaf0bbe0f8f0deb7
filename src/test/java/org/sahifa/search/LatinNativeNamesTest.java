package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings of a Latin name that the library marks as a place (after a place head), though they are dictionary words
 * the recogniser does not tag (decision 0158).
 */
class LatinNativeNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** «الأفلاج» is a plural noun the recogniser never tags; the library writes it after «محافظة». */
    @Test
    void aDictionaryWordTheLibraryWritesAfterAPlaceHeadIsThePlace() {
        for (int i = 0; i < 6; i++) {
            addTagged("أمطار " + i, "هطلت أمطار غزيرة على محافظة الأفلاج أمس");
        }
        addTagged("مزارع", "تسقى المزارع من الأفلاج القديمة");
        openWithTags();
        assertThat(titles("Al-Aflaj")).hasSize(7).contains("مزارع");
        search.withColdLibrary(index -> {
            assertThat(LatinNativeNames.isHeadedPlace(index, "الافلاج")).isTrue();
            // a word never written after a head is no place by that evidence
            assertThat(LatinNativeNames.isHeadedPlace(index, "القديمه")).isFalse();
            return null;
        });
    }

    /** Without a place head or tags the same dictionary word is not reached. */
    @Test
    void theSameWordWithoutThatEvidenceIsNotReached() {
        for (int i = 0; i < 6; i++) {
            addTagged("مزارع " + i, "تسقى المزارع من الأفلاج القديمة");
        }
        openWithTags();
        assertThat(titles("Al-Aflaj")).isEmpty();
    }

    /** A Latin name written with the article is a spelling with the article: Al-Ais is «العيص», not «لاس». */
    @Test
    void aLatinNameWithTheArticleIsNotAHeadedWordWithoutIt() {
        for (int i = 0; i < 6; i++) {
            addTagged("سفر " + i, "وصل الوفد إلى مدينة لاس فيغاس أمس");
            addTagged("أمطار " + i, "هطلت أمطار على محافظة العيص أمس");
        }
        openWithTags();
        search.withColdLibrary(index -> {
            assertThat(LatinNativeNames.of(index, "alais")).containsOnlyKeys("العيص");
            return null;
        });
    }
}
