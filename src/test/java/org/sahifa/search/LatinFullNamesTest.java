package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Latin words of a full name are searched as the Arabic full name the library tags, in order (decision 0137); a
 * Latin given name the lists translate is not read as another Arabic given name of its consonants (0137); a listed
 * two-word spelling is searched as a phrase (0138).
 */
class LatinFullNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /**
     * «Mahmoud Abbas» finds «محمود عباس», not the other person «محمد عباس», nor the two words reversed or apart.
     */
    @Test
    void aLatinFullNameFindsTheArabicFullNameInOrder() {
        for (int i = 0; i < 5; i++) {
            addTagged("الرئيس " + i, "استقبل الرئيس الفلسطيني محمود عباس وفدا في رام الله", "محمود عباس");
        }
        addTagged("لاعب", "سجل اللاعب محمد عباس هدفا", "محمد عباس");
        addTagged("مقلوب", "قال عباس محمود في تصريح", "عباس محمود");
        addTagged("متفرق", "حضر محمود الاجتماع ثم غادر عباس القاعة", "محمود", "عباس");
        openWithTags();
        assertThat(titles("Mahmoud Abbas")).hasSize(5).allMatch(t -> t.startsWith("الرئيس"));
        // the words apart are still found when the library knows no full name of them
        assertThat(titles("Abbas Mahmoud")).contains("مقلوب");
    }

    /**
     * The lists give محمود for Mahmoud; the library writes the given name محمد far more often: محمد is another
     * person's name, not a reading of Mahmoud that outwrites the listed one (as القصيم outwrites قاسم for Qassim).
     */
    @Test
    void aListedGivenNameDoesNotYieldToAnotherGivenName() {
        for (int i = 0; i < 4; i++) {
            addTagged("محمد " + i, "قال محمد إن الاجتماع انتهى", "محمد");
        }
        addTagged("محمود", "قال محمود إن الاجتماع انتهى", "محمود");
        openWithTags();
        assertThat(titles("Mahmoud")).containsExactly("محمود");
        assertThat(LearnedSpellings.isGivenName("محمد")).isTrue();
        assertThat(LearnedSpellings.isGivenName("القصيم")).isFalse();
    }

    /** The lists write Islamabad as two words, «إسلام آباد»: searched as a phrase, as a learned two-word spelling is. */
    @Test
    void aListedTwoWordSpellingIsSearchedAsAPhrase() {
        source.add("زيارة", "وصل الوزير إلى إسلام آباد أمس");
        source.add("دين", "الإسلام دين السلام وعاش الناس آبادا");
        openWithTags(java.util.Map.of(), java.util.Map.of());
        assertThat(titles("Islamabad")).containsExactly("زيارة");
    }

    /**
     * The library tags «المدينة» (mostly «the city», no strong name) almost only inside «المدينة المنورة», a noun and
     * its adjective with the article: that two-word name is Medina's spelling. A given name tagged mostly before one
     * family name (كي مون) or a compound without the article (عز الدين) is no epithet.
     */
    @Test
    void aNameWithAFixedEpithetIsTheTwoWordsTheWordIsTaggedIn() {
        Map<String, Long> tagged = Map.of("المدينه", 887L, "المدينه المنوره", 854L, "المدينه النبويه", 2L,
                "كي", 60L, "كي مون", 59L, "عز", 90L, "عز الدين", 88L);
        NameWords names = new NameWords(NameLexiconWords.standard(), tagged, null, IndexFields.BODY_NAME);
        assertThat(LatinEpithetNames.of(names, Map.of("المدينه", -18.0))).containsOnlyKeys("المدينه المنوره");
        assertThat(LatinEpithetNames.of(names, Map.of("كي", -10.0, "عز", -10.0))).isEmpty();
        // a word tagged in several names, none of them most of its tags, has no epithet
        Map<String, Long> spread = Map.of("المدينه", 887L, "المدينه المنوره", 300L, "المدينه الصناعيه", 300L);
        NameWords other = new NameWords(NameLexiconWords.standard(), spread, null, IndexFields.BODY_NAME);
        assertThat(LatinEpithetNames.of(other, Map.of("المدينه", -18.0))).isEmpty();
    }
}
