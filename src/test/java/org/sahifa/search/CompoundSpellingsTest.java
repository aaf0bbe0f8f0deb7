package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compound name written as one word or two, and with another written vowel letter in its second word (decision
 * 0055).
 */
class CompoundSpellingsTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aNameTypedAsOneWordFindsItWrittenAsTwo() {
        for (int i = 0; i < 3; i++) {
            addTagged("خطاب " + i, "قال حسن نصر الله في خطاب أمس " + i, "حسن نصر الله");
        }
        for (int i = 0; i < 2; i++) {
            addTagged("كلمة " + i, "ألقى نصرالله كلمة في الضاحية " + i, "نصرالله");
        }
        openWithTags();
        List<String> found = titles("نصرالله");
        assertThat(found).hasSize(5);
        assertThat(found.subList(0, 2)).allMatch(t -> t.startsWith("كلمة"));
        assertThat(titles("نصر الله")).hasSize(5);
    }

    @Test
    void twoNamesSideBySideAreNotOneNameTypedAsOneWord() throws Exception {
        addTagged("رونالدو", "سجل رونالدو هدفين", "رونالدو");
        for (int i = 0; i < 3; i++) {
            addTagged("رون " + i, "وصل رون إلى المدينة " + i, "رون");
            addTagged("الدو " + i, "قال الدو إنه سعيد " + i, "الدو");
        }
        addTagged("لقاء", "جمع اللقاء رون الدو والآخرين");
        openWithTags();
        NameWords names = search.index().withSearcher(s -> search.names(s.getIndexReader()));
        assertThat(names.isName("رون")).isTrue();
        assertThat(names.isName("الدو")).isTrue();
        assertThat(CompoundSplits.of("رونالدو", names)).isEmpty();
    }

    @Test
    void theSecondWordOfACompoundWithAnotherVowelLetter() {
        for (int i = 0; i < 3; i++) {
            addTagged("فوز " + i, "فاز باريس سان جيرمان على ليون " + i, "باريس سان جيرمان", "ليون");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("خسارة " + i, "خسر فريق سان جرمان أمام موناكو " + i, "موناكو");
        }
        openWithTags();
        List<String> found = titles("سان جيرمان");
        assertThat(found).hasSize(6);
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("فوز"));
        SearchHit other = search.search("سان جيرمان", SearchOptions.defaults()).hits().get(4);
        assertThat(String.join(" ", other.matched())).contains("جرمان");
    }

    @Test
    void theShortSecondWordOfATwoWordNameByItsLetterVariants() {
        for (int i = 0; i < 5; i++) {
            addTagged("مدرب " + i, "قال المدرب لويس فان غال بعد المباراة " + i, "لويس فان غال");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("مانشستر " + i, "أقال مانشستر يونايتد فان جال أمس " + i, "مانشستر يونايتد", "فان جال");
            addTagged("جال " + i, "جال الوزير في المدينة " + i);
            addTagged("قال " + i, "فإن قال الوزير ذلك فهو صحيح " + i);
        }
        openWithTags();
        List<String> found = titles("فان غال");
        assertThat(found).hasSize(8);
        assertThat(found.subList(0, 5)).allMatch(t -> t.startsWith("مدرب"));
        assertThat(found.subList(5, 8)).allMatch(t -> t.startsWith("مانشستر"));
    }
}
