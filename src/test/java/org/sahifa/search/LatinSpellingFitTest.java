package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Arabic spellings fit a typed Latin name beyond the lists and the model: no function word behind a clitic
 * (decision 0153), no letter variant the Latin letters do not support, no place the lists give another Latin name
 * (decision 0154).
 */
class LatinSpellingFitTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** Albania's nisba «الباني» without its «article» is «باني», which the press writes as بأني (ب + أني, «that I»). */
    @Test
    void aFunctionWordBehindACliticIsNoReadingOfALatinName() {
        for (int i = 0; i < 5; i++) {
            addTagged("ألبانيا " + i, "وصل الوزير إلى ألبانيا في زيارة رسمية", "ألبانيا");
        }
        for (int i = 0; i < 4; i++) {
            addTagged("تصريح " + i, "أكد اللاعب بأني سأبقى مع الفريق هذا الموسم");
        }
        openWithTags();
        assertThat(titles("Albania")).hasSize(5).allMatch(t -> t.startsWith("ألبانيا"));
    }

    /**
     * The lists give Putin as «بوتين», which also reads as ب + a word of the function-word list: the listed spelling of
     * the typed name itself is searched even where the recogniser tagged none of its articles.
     */
    @Test
    void theListedSpellingOfTheTypedNameIsKeptThoughItReadsAsACliticAndAFunctionWord() {
        for (int i = 0; i < 3; i++) {
            addTagged("بوتين " + i, "قال الرئيس الروسي بوتين إن المحادثات مستمرة");
        }
        openWithTags();
        assertThat(titles("Putin")).hasSize(3).allMatch(t -> t.startsWith("بوتين"));
    }

    /** The model reads Niger's letters as «النيجر»; the family name «النجار» (no letter for the i, an alef the Latin lacks) is far below. */
    @Test
    void aLetterVariantTheLatinLettersDoNotSupportIsLeftOut() {
        assertThat(LatinSpellingFit.variantFits("niger", "النيجر", "النجار")).isFalse();
        assertThat(LatinSpellingFit.variantFits("niger", "النيجر", "نيجر")).isTrue();
        assertThat(LatinSpellingFit.variantFits("munich", "ميونخ", "ميونيخ")).isTrue();
        // a name written in two words is not judged by the model, which reads one word
        assertThat(LatinSpellingFit.variantFits("karabakh", "كاراباخ", "قره باغ")).isTrue();
    }

    /**
     * The lists give Zahran as the family name «زهران»; the library writes the city «الظهران» more often, which the lists
     * pair with Dhahran (other consonants): the city is no reading of Zahran.
     */
    @Test
    void aPlaceTheListsGiveAnotherLatinNameDoesNotOutwriteTheListedName() {
        for (int i = 0; i < 8; i++) {
            addTagged("الظهران " + i, "أقيم المعرض في مدينة الظهران شرق المملكة", "الظهران");
        }
        for (int i = 0; i < 2; i++) {
            addTagged("زهران " + i, "صرح الدكتور زهران للصحفيين أمس", "زهران");
        }
        openWithTags();
        assertThat(titles("Zahran")).hasSize(2).allMatch(t -> t.startsWith("زهران"));
    }

    /** Two Latin vowel letters together inside the word write a long vowel: Al-Gosaibi is «القصيبي», not «القصبي». */
    @Test
    void aLatinVowelPairWantsALongVowelLetter() {
        assertThat(LatinSpellingFit.writesLongVowels("algosaibi", "القصبي")).isFalse();
        assertThat(LatinSpellingFit.writesLongVowels("algosaibi", "القصيبي")).isTrue();
        assertThat(LatinSpellingFit.writesLongVowels("rouhani", "روحاني")).isTrue();
        // a final pair, or none, asks nothing
        assertThat(LatinSpellingFit.writesLongVowels("dubai", "دبي")).isTrue();
        assertThat(LatinSpellingFit.writesLongVowels("tabuk", "تبك")).isTrue();
    }

    /** A nisba form the Latin letters do not end with is no reading of the name: Mansoura is not «المنصوري». */
    @Test
    void aNisbaFormTheLatinLettersDoNotWriteIsLeftOut() {
        assertThat(LatinSpellingFit.derivedFits("alrifai", "الريفيه")).isFalse();
        assertThat(LatinSpellingFit.derivedFits("mansoura", "المنصوري")).isFalse();
        assertThat(LatinSpellingFit.derivedFits("niger", "النيجر")).isTrue();
    }

    /** A place's adjective beside the place is no reading of a Latin name ending in a: Bisha is «بيشة», not «البيشي». */
    @Test
    void aPlacesAdjectiveBesideThePlaceIsNoReadingOfALatinWordEndingInA() {
        assertThat(LatinSpellingFit.isNisbaOfAnother("bisha", "البيشي", List.of("بيشه", "البيشي"))).isTrue();
        assertThat(LatinSpellingFit.isNisbaOfAnother("bisha", "البيشي", List.of("البيشي"))).isFalse();
        assertThat(LatinSpellingFit.isNisbaOfAnother("maliki", "المالكي", List.of("المالكه", "المالكي"))).isFalse();
    }
}
