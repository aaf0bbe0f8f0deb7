package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed country's one-word spellings (decision 0161), a variant written behind the article where the typed name is
 * not (0162), and a two-word name's second word with another vowel letter or case ending (0163).
 */
class ArabicNameClassesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aCountryWithoutItsArticleAndEachHalfOfACoordinatedCountryAreThatCountry() {
        Set<String> countries = new LinkedHashSet<>(List.of("الاكوادور", "البوسنه والهرسك", "المغرب", "فرنسا"));
        assertThat(CountrySpellings.of(countries, w -> w.equals("مغرب")))
                .containsExactlyInAnyOrder("اكوادور", "البوسنه", "الهرسك");
        NameLexiconWords lists = NameLexiconWords.standard();
        assertThat(lists.isCountry("اكوادور")).isTrue();
        assertThat(lists.isCountry("البوسنه")).isTrue();
        assertThat(lists.isCountry("مغرب")).isFalse();
    }

    @Test
    void aCountryHalfFindsItsAdjective() {
        for (int i = 0; i < 3; i++) {
            addTagged("حرب " + i, "انتهت الحرب في البوسنة قبل سنوات " + i, "البوسنة");
            addTagged("لاعب " + i, "سجل اللاعب البوسني هدفا " + i);
        }
        openWithTags();
        assertThat(titles("البوسنة")).hasSize(6);
    }

    @Test
    void aVariantWrittenBehindTheArticleIsAnotherNameOfAWordWrittenWithout() {
        Map<String, Long> articles = Map.of("قرشي", 181L, "القرشي", 179L, "كراتشي", 46L,
                "كونغرس", 175L, "الكونغرس", 173L, "كونجرس", 91L, "الكونجرس", 88L);
        NameWords names = NameWords.over(w -> 0L, w -> articles.getOrDefault(w, 0L));
        assertThat(ArticleUsage.apart("كراتشي", "قرشي", names)).isTrue();
        assertThat(ArticleUsage.apart("كونجرس", "كونغرس", names)).isFalse();
        assertThat(ArticleUsage.apart("الكونجرس", "الكونغرس", names)).isFalse();
        assertThat(ArticleUsage.apart("كراتشي", "كراتشى", names)).isFalse();
    }

    @Test
    void aForeignNameDoesNotFindANativeNameWrittenWithTheArticle() {
        for (int i = 0; i < 4; i++) {
            addTagged("ميناء " + i, "وصلت السفينة إلى ميناء كراتشي في باكستان " + i, "كراتشي", "باكستان");
            addTagged("قبيلة " + i, "قال الشيخ محمد القرشي إن القبيلة اجتمعت " + i, "محمد القرشي");
        }
        openWithTags();
        assertThat(titles("كراتشي")).hasSize(4).allMatch(t -> t.startsWith("ميناء"));
    }

    @Test
    void aPluralAdjectiveHasItsOtherCaseAfterTheFirstWord() {
        assertThat(CompoundWordSpellings.otherCase("المسلمين")).isEqualTo("المسلمون");
        assertThat(CompoundWordSpellings.otherCase("المسلمون")).isEqualTo("المسلمين");
        assertThat(CompoundWordSpellings.otherCase("الشعبي")).isNull();
        for (int i = 0; i < 5; i++) {
            addTagged("جماعة " + i, "حظرت الحكومة جماعة الإخوان المسلمين " + i, "الإخوان المسلمين");
        }
        addTagged("بيان", "قال الإخوان المسلمون في بيان");
        addTagged("مسلمون", "قال المسلمون في بيان إن الإخوان حضروا");
        openWithTags();
        assertThat(titles("الإخوان المسلمين")).hasSize(6).noneMatch(t -> t.equals("مسلمون"));
    }

    @Test
    void aSecondWordBehindTheArticleFindsItsOtherVowelLetterWhereThatIsANameToo() {
        for (int i = 0; i < 5; i++) {
            addTagged("تفكك " + i, "تفكك الاتحاد السوفيتي عام 1991 " + i, "الاتحاد السوفيتي");
            addTagged("حرب " + i, "خاض الاتحاد السوفياتي حربا في أفغانستان " + i, "الاتحاد السوفياتي");
        }
        addTagged("نادي", "فاز نادي الاتحاد السوفياني أمس");
        openWithTags();
        List<String> found = titles("الاتحاد السوفيتي");
        assertThat(found).hasSize(10).noneMatch(t -> t.equals("نادي"));
        assertThat(found.subList(0, 5)).allMatch(t -> t.startsWith("تفكك"));
    }

    @Test
    void aDefiniteNounAndItsNisbaAdjectiveAreSearchedAsOnePhrase() {
        assertThat(DefiniteNounPhrase.isNounAndAdjective("الحشد", "الشعبي")).isTrue();
        assertThat(DefiniteNounPhrase.isNounAndAdjective("حشد", "الشعبي")).isFalse();
        assertThat(DefiniteNounPhrase.isNounAndAdjective("الحشد", "الشعب")).isFalse();
        for (int i = 0; i < 3; i++) {
            addTagged("قوات " + i, "تقدمت قوات الحشد الشعبي نحو المدينة " + i);
            addTagged("تظاهرة " + i, "شارك حشد كبير في التظاهرة الشعبية " + i);
        }
        addTagged("بيان", "قال بيان للحشد الشعبي إن القوات تقدمت");
        openWithTags();
        assertThat(titles("الحشد الشعبي")).hasSize(4).noneMatch(t -> t.startsWith("تظاهرة"));
    }
}
