package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicNormalizer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** An institution's English name composed in Arabic order and searched where the library writes it (decision 0192). */
class InstitutionNamesTest {

    private static final InstitutionWords WORDS = InstitutionWords.standard();

    /** Name words read as in a table, else nothing. */
    static Function<String, List<String>> spellings(Map<String, List<String>> table) {
        return w -> table.getOrDefault(w, List.of());
    }

    private static List<String> compose(String english, Map<String, List<String>> names) {
        return InstitutionNames.compose(EnglishNames.key(english), WORDS, EnglishNames.standard()::title,
                spellings(names));
    }

    private static String n(String arabic) {
        return ArabicNormalizer.normalize(arabic);
    }

    @Test
    void theHeadComesFirstThenTheNameThenTheAdjectives() {
        assertThat(compose("Taibah University", Map.of("taibah", List.of("طيبة")))).startsWith(n("جامعة طيبة"));
        // a noun or name after the head: no article on it; an adjective in both genders after the name
        assertThat(compose("Naif Arab University", Map.of("naif", List.of("نايف"))))
                .contains(n("جامعة نايف العربية"));
        // a title and a name stay together, in order; «for» is ل; «and» is و
        assertThat(compose("King Abdulaziz University for Science and Technology",
                Map.of("abdulaziz", List.of("عبدالعزيز")))).contains(n("جامعة الملك عبدالعزيز للعلوم والتقنية"));
        // adjectives alone: the head takes the article, the adjectives in reverse English order
        assertThat(compose("European Central Bank", Map.of())).contains(n("البنك المركزي الأوروبي"));
        assertThat(compose("General Authority for Tourism", Map.of())).contains(n("الهيئة العامة للسياحة"));
        // a head, an adjective and a noun: also head, adjective, ل and the noun
        assertThat(compose("Saudi Electricity Company", Map.of())).contains(n("شركة الكهرباء السعودية"),
                n("الشركة السعودية للكهرباء"));
        // «of» right after the head is a genitive
        assertThat(compose("University of Tabuk", Map.of("tabuk", List.of("تبوك")))).startsWith(n("جامعة تبوك"));
    }

    @Test
    void aRomanisedFeminineEndingAlsoReadsAsTaMarbuta() {
        assertThat(compose("Taibah University", Map.of("taibah", List.of("طيب"))))
                .startsWith(n("جامعة طيب"), n("جامعة طيبة"));
        assertThat(InstitutionNames.withTaMarbuta("tabuk", List.of("تبوك"))).containsExactly("تبوك");
    }

    @Test
    void aNameWordIsAlsoTriedAsThePressWritesIt() {
        assertThat(InstitutionNames.writtenForms("abdulaziz", List.of(n("عبد العزيز"))))
                .containsExactly(n("عبد العزيز"), n("عبدالعزيز"));
        assertThat(InstitutionNames.writtenForms("abdulaziz", List.of(n("عبدالعزيز"))))
                .containsExactly(n("عبدالعزيز"), n("عبد العزيز"));
        assertThat(compose("Soviet Union", Map.of("soviet", List.of("سوفيتي")))).contains(n("الاتحاد السوفيتي"));
    }

    @Test
    void aComposedRunIsAnInstitutionRunWithoutTheListsShortForms() {
        QueryIndex index = LatinSoundTargetsTest.index(NameWords.over(w -> 0L, w -> 0L), Map.of(),
                Map.of(n("مركز الملك سلمان"), 300L));
        LatinRuns.Run run = InstitutionNames.at(List.of(new org.sahifa.search.query.QueryNode.Word("King"),
                        new org.sahifa.search.query.QueryNode.Word("Salman"), new org.sahifa.search.query.QueryNode.Word("Center")),
                0, List.of("king", "salman", "center"), WORDS, key -> InstitutionNames.confirmed(index, key, WORDS,
                        EnglishNames.standard()::title, spellings(Map.of("salman", List.of("سلمان")))));
        assertThat(run).isNotNull();
        assertThat(run.kind()).isEqualTo(LatinRuns.Kind.INSTITUTION);
        assertThat(run.arabic()).containsExactly(n("مركز الملك سلمان"));
    }

    @Test
    void nothingIsComposedWithoutAHeadOrAReadingOfEveryWord() {
        assertThat(compose("Real Madrid", Map.of("real", List.of("ريال"), "madrid", List.of("مدريد")))).isEmpty();
        // City is no head: English writes it after names the press transliterates (Manchester City)
        assertThat(compose("Manchester City", Map.of("manchester", List.of("مانشستر")))).isEmpty();
        assertThat(InstitutionNames.headAt(List.of("university", "of"), WORDS)).isEqualTo(-1);
        // a word with no translation and no spelling
        assertThat(compose("Taibah University", Map.of())).isEmpty();
    }

    @Test
    void aComposedNameIsSearchedOnlyWhereTheLibraryWritesIt() {
        QueryIndex index = LatinSoundTargetsTest.index(NameWords.over(w -> 0L, w -> 0L), Map.of(),
                Map.of(n("جامعة طيبة"), 25L, n("جامعة تبوك"), 3L));
        Function<String, List<String>> names = spellings(Map.of("taibah", List.of("طيبة"), "tabuk", List.of("تبوك")));
        assertThat(InstitutionNames.confirmed(index, "taibah university", WORDS, EnglishNames.standard()::title,
                names)).containsExactly(n("جامعة طيبة"));
        // written in fewer than 5 articles: not confirmed
        assertThat(InstitutionNames.confirmed(index, "university of tabuk", WORDS, EnglishNames.standard()::title,
                names)).isEmpty();
    }

    @Test
    void wordTranslationsAreLearnedFromTheListsAlignedNames() {
        assertThat(WORDS.translations("general")).containsExactly(n("العامة"));
        assertThat(WORDS.translations("science")).containsExactly(n("العلوم"));
        assertThat(WORDS.translations("technology")).containsExactly(n("التقنية"));
        assertThat(WORDS.translations("central")).contains(n("المركزي"));
        // a head of the heads list is linked with its Arabic head, not translated otherwise
        assertThat(WORDS.head("university")).containsExactly(n("جامعة"));
        assertThat(WORDS.translations("university")).isEmpty();
        // a word of several names linked in only one of them has no translation
        EnglishNames two = EnglishNames.of(List.of("Blue Fund = صندوق الأزرق", "Blue Union = الاتحاد الأزرق",
                "Green Fund = صندوق الأخضر"), List.of());
        Map<String, List<String>> learned = InstitutionWords.learn(two,
                InstitutionWords.heads(List.of("Fund = صندوق", "Union = اتحاد")));
        assertThat(learned.get("blue")).containsExactly(n("الأزرق"));
        assertThat(learned.get("green")).containsExactly(n("الأخضر"));
        assertThat(learned).doesNotContainKey("fund");
    }
}
