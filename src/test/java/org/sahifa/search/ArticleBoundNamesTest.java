package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A definite name the library hardly writes without its article is not stemmed (decision 0214); a name typed without
 * the article that the library writes mostly so is not the word with the article (decision 0215).
 */
class ArticleBoundNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** An index that answers only written-article counts ({@link LatinSoundTargetsTest#index}). */
    static QueryIndex written(Map<String, Long> counts) {
        return LatinSoundTargetsTest.index(NameWords.listsOnly(), counts);
    }

    @Test
    void aDefiniteWordHardlyWrittenWithoutItsArticleIsADefiniteName() {
        QueryIndex index = written(Map.of("السوده", 67L, "سوده", 1L, "الحكومه", 2243L, "حكومه", 995L,
                "الندره", 3L, "اليهود", 300L, "يهود", 40L, "اليهودي", 74L));
        assertThat(ArticleBoundNames.definiteOnly("السوده", index)).isTrue();
        assertThat(ArticleBoundNames.definiteOnly("الحكومه", index)).isFalse();
        assertThat(ArticleBoundNames.definiteOnly("الندره", index)).isFalse(); // too few articles to say
        assertThat(ArticleBoundNames.definiteOnly("سوده", index)).isFalse();
        // a people whose adjective the library writes keeps its stem tier
        assertThat(ArticleBoundNames.definiteOnly("اليهود", index)).isFalse();
        assertThat(ArticleBoundNames.nisba("السوده")).isEqualTo("السودي");
    }

    @Test
    void aNameWrittenMostlyWithoutTheArticleIsNotTheWordWithIt() {
        assertThat(ArticleBoundNames.cliticForms("هادي")).contains("هادي", "وهادي", "لهادي", "فبهادي")
                .doesNotContain("الهادي");
    }

    @Test
    void aDefiniteNameIsNotFoundByItsStem() {
        for (int i = 0; i < 6; i++) {
            addTagged("السودة " + i, "زار الوفد مركز السودة في عسير " + i);
        }
        addTagged("والسودة", "أمطار على أبها والسودة");
        for (int i = 0; i < 3; i++) {
            addTagged("السود " + i, "ارتدى اللاعبون القمصان السود " + i);
        }
        openWithTags();
        assertThat(titles("السودة")).hasSize(7).noneMatch(t -> t.startsWith("السود "));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "sahifa.search.definiteAnother", matches = "true")
    void aNameTypedWithoutTheArticleDoesNotFindTheWordWithIt() {
        for (int i = 0; i < 6; i++) {
            addTagged("هادي " + i, "قال الرئيس عبد ربه منصور هادي في اليمن إن الحوار مستمر " + i,
                    "عبد ربه منصور هادي", "هادي", "اليمن");
        }
        addTagged("وهادي", "التقى الوزير وهادي في اليمن", "هادي", "اليمن");
        for (int i = 0; i < 3; i++) {
            addTagged("الهادي " + i, "عبرت السفينة المحيط الهادي نحو اليابان " + i, "اليابان");
        }
        // a name the press writes mostly with the article, in the same context: still reached
        for (int i = 0; i < 3; i++) {
            addTagged("الكنيست " + i, "صوت الكنيست في القدس " + i, "الكنيست", "القدس");
        }
        addTagged("كنيست", "صوت أعضاء كنيست في القدس", "القدس");
        openWithTags();
        assertThat(titles("هادي")).hasSize(7).contains("وهادي").noneMatch(t -> t.startsWith("الهادي"));
        assertThat(titles("كنيست")).hasSize(4);
    }
}
