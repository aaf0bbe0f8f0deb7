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

    /**
     * A place head behind a proclitic (بمحافظة الريث) marks the place as the head alone does: the index counts it
     * ({@code body.placed}, decision 0175), the phrase count of the bare heads does not (decision 0189).
     */
    @Test
    void aPlaceHeadBehindAProcliticMarksThePlace() {
        for (int i = 0; i < 6; i++) {
            addTagged("أمطار " + i, "هطلت أمطار غزيرة بمحافظة الأفلاج أمس");
        }
        openWithTags();
        search.withColdLibrary(index -> {
            assertThat(index.articlesAfter(LatinNativeNames.heads(index), "الافلاج")).isZero();
            assertThat(LatinNativeNames.isHeadedPlace(index, "الافلاج")).isTrue();
            return null;
        });
    }

    /**
     * An ordinary word after a place head yields to a better-scored name of the library (Sanah: «سناح», not «سان»),
     * but not to a name the lists give another Latin name only (Ranyah: «رانيا» is Rania's; decision 0171 as amended
     * by 0189).
     */
    @Test
    void anOrdinaryHeadedWordYieldsOnlyToANameOfTheTypedWord() {
        for (int i = 0; i < 6; i++) {
            addTagged("رانيا " + i, "استقبلت الملكة رانيا الوفد أمس", "رانيا");
            addTagged("سناح " + i, "زار الوفد سناح أمس", "سناح");
        }
        openWithTags();
        search.withColdLibrary(index -> {
            NameWords names = index.names();
            assertThat(names.isOrdinaryWord("سان")).isTrue();
            assertThat(names.isOrdinaryWord("رنيه")).isTrue();
            assertThat(LatinNativeNames.outscored(names, "sanah", "سان", -19.0, java.util.Map.of("سناح", -17.5)))
                    .isTrue();
            assertThat(LatinNativeNames.outscored(names, "ranyah", "رنيه", -20.75, java.util.Map.of("رانيا", -20.55)))
                    .isFalse();
            return null;
        });
    }
}
