package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latin names that the press translates, names of several Latin words, titles and regnal numbers are searched as
 * the press writes them, as phrases (decisions 0134, 0135).
 */
class TranslatedNamesSearchTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void anEnglishNameThePressTranslatesFindsItsArabicNameAsAPhrase() {
        source.add("جامعة", "دعت جامعة الدول العربية إلى اجتماع طارئ");
        source.add("الجامعة", "رحبت الجامعة العربية بالقرار");
        source.add("بحر", "غرق مركب في البحر الأبيض المتوسط أمس");
        source.add("للبحر", "عبروا الساحل الجنوبي للبحر المتوسط");
        source.add("متوسط", "بلغ متوسط الدخل المتوسط للأسر ألف ريال");
        source.add("دول", "اجتمع وزراء الدول العربية في الرياض");
        openWithTags(Map.of(), Map.of());
        assertThat(titles("Arab League")).containsExactlyInAnyOrder("جامعة", "الجامعة");
        assertThat(titles("arab-league")).containsExactlyInAnyOrder("جامعة", "الجامعة");
        assertThat(titles("\"Arab League\"")).containsExactlyInAnyOrder("جامعة", "الجامعة");
        assertThat(titles("Mediterranean")).containsExactlyInAnyOrder("بحر", "للبحر");
    }

    @Test
    void aNameOfSeveralLatinWordsTheListsTranslateIsAPhraseAlsoAfterLam() {
        source.add("بريطانيا", "سافر الطلاب إلى المملكة المتحدة");
        source.add("مبتعث", "عاد المبتعث للمملكة المتحدة بعد عامين");
        source.add("مملكة", "أعلنت المملكة أن الأمم المتحدة ستشارك");
        openWithTags(Map.of(), Map.of());
        assertThat(titles("United Kingdom")).containsExactlyInAnyOrder("بريطانيا", "مبتعث");
    }

    @Test
    void aTitleIsNotNeededAndARegnalNumberIsAnOrdinalOfTheTitlesGender() {
        source.add("ملك", "استقبل الملك عبدالله الثاني الوفد");
        source.add("عاهل", "قال عبد الله الثاني إن الأردن مستعد");
        source.add("آخر", "التقى عبدالله الأول وعبدالله الآخرين");
        source.add("ملكة", "افتتحت الملكة إليزابيث الثانية البرلمان");
        openWithTags(Map.of("عبدالله", 2L, "إليزابيث", 1L), Map.of());
        assertThat(titles("King Abdullah II")).containsExactlyInAnyOrder("ملك", "عاهل");
        assertThat(titles("Queen Elizabeth II")).containsExactly("ملكة");
    }

    @Test
    void anEnglishNameThatStartsWithATitleIsTheNameNotATitle() {
        source.add("جامعة", "تخرج في جامعة الملك سعود بالرياض");
        source.add("ملك", "أمر الملك سعود ببناء المدرسة");
        openWithTags(Map.of("سعود", 2L), Map.of());
        assertThat(titles("King Saud University")).containsExactly("جامعة");
        assertThat(titles("King Saud")).containsExactlyInAnyOrder("جامعة", "ملك");
    }

    @Test
    void aOneWordEnglishNameKeepsItsTransliterationsToo() {
        source.add("خوارج", "حذر من فكر الخوارج والتكفير");
        source.add("شيعة", "زار المراجع الشيعية في النجف");
        openWithTags(Map.of(), Map.of());
        assertThat(titles("Kharijites")).containsExactly("خوارج");
        assertThat(titles("Shia")).containsExactly("شيعة");
    }
}
