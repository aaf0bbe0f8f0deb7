package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Latin acronym found spelled out by its letters' Arabic names (decision 0201) and a typed ordinary word found behind
 * a lone preposition the stemmer leaves on it (decision 0202).
 */
class SpelledAndCliticFormsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void anAcronymIsSpelledByItsLettersArabicNames() {
        assertThat(AcronymLetterNames.letters("mbc")).isEqualTo("mbc");
        assertThat(AcronymLetterNames.letters("HSBC")).isEqualTo("hsbc");
        assertThat(AcronymLetterNames.letters("B.B.C.")).isEqualTo("bbc");
        // a word with a vowel letter is read as a word; two letters are a piece of too many acronyms
        assertThat(AcronymLetterNames.letters("nato")).isNull();
        assertThat(AcronymLetterNames.letters("BP")).isNull();
        assertThat(AcronymLetterNames.letters("rhythm")).isNull();
        List<List<String>> columns = AcronymLetterNames.columns("mbc");
        assertThat(columns).hasSize(3);
        assertThat(columns.get(0)).contains("ام", "وام", "لام");
        assertThat(columns.get(1)).containsExactly("بي");
        assertThat(columns.get(2)).containsExactly("سي");
        assertThat(AcronymLetterNames.columns("hsbc").get(0)).contains("اتش", "ايتش");
    }

    @Test
    void aLowerCaseAcronymFindsItsLettersNames() {
        addTagged("قناة", "عرضت قناة MBC البرنامج أمس");
        addTagged("مجموعة", "أعلنت مجموعة إم بي سي عن برامجها الجديدة");
        addTagged("شراكة", "وقعت الشركة اتفاقا وإم بي سي للإعلام");
        addTagged("أخرى", "قالت بي بي سي إن البرنامج توقف");
        openWithTags();
        assertThat(titles("mbc")).containsExactlyInAnyOrder("قناة", "مجموعة", "شراكة");
    }

    @Test
    void anOrdinaryWordBehindALonePreposition() {
        NameWords names = NameWords.listsOnly();
        assertThat(LonePrepositionForms.of("قصر", names)).contains("بقصر", "لقصر", "وبقصر", "كقصر");
        // behind the article the stemmer removes the clitic itself; a function word and a short word get none
        assertThat(LonePrepositionForms.of("القصر", names)).isEmpty();
        assertThat(LonePrepositionForms.of("في", names)).isEmpty();
        // a written form that is a name of its own is not the word behind a preposition (ل + بنان)
        assertThat(LonePrepositionForms.of("بنان", names)).doesNotContain("لبنان");
    }

    @Test
    void aConstructsFirstWordIsFoundBehindAPreposition() {
        addTagged("استقبال", "استقبل الأمير المهنئين في قصر الحكم اليوم");
        addTagged("لقاء", "التقى الأمير بالمواطنين بقصر الحكم صباح اليوم");
        addTagged("قاعة", "في القصر قاعة كبيرة وصالة للحكم");
        openWithTags();
        assertThat(titles("قصر الحكم")).contains("استقبال", "لقاء");
    }
}
