package org.sahifa.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word the library writes after a place head is searched as a place (decision 0175); a letter variant that the
 * library tags as a name of its own, in other articles and contexts, is another name (0176); a definite noun typed
 * before a definite name is that name's phrase (0177).
 */
class ArabicPrecisionTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void theWordsAfterAPlaceHeadAreIndexedWithTheHeadBehindAProclitic() throws IOException {
        PlacedWords placed = new PlacedWords(IndexAnalysis.standard().exact(), Set.of("محافظه", "مدينه"));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = placed.tokenStream(PlacedNames.FIELD,
                "زار الأمير محافظة المجمعة ثم وصل بمحافظة الزلفي وفي مدينة جدة مجمع تجاري")) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        assertThat(out).containsExactly("المجمعه", "الزلفي", "جده");
        assertThat(PlacedWords.isHead("وبمحافظه", Set.of("محافظه"))).isTrue();
        assertThat(PlacedWords.isHead("تحافظه", Set.of("محافظه"))).isFalse();
    }

    @Test
    void aWordTheLibraryWritesAfterAPlaceHeadIsAPlaceNotAWordToStem() {
        for (int i = 0; i < 5; i++) {
            source.add("زيارة " + i, "زار الأمير محافظة المجمعة اليوم " + i);
        }
        source.add("أمطار", "هطلت أمطار غزيرة على المجمعة أمس");
        source.add("أرباح", "بلغت الأرباح المجمعة للشركات مليارا");
        for (int i = 0; i < 4; i++) {
            source.add("مجمع " + i, "افتتح مجمع تجاري جديد وتوسعت المجمعات السكنية " + i);
        }
        open();
        assertThat(titles("المجمعة")).hasSize(7).noneMatch(t -> t.startsWith("مجمع"));
    }

    @Test
    void aStrongNameALetterApartIsAnotherNameUnlessTheLibrarySaysOne() {
        for (int i = 0; i < 4; i++) {
            addTagged("أبها " + i, "قال الشيخ عائض القرني في أبها إن " + i, "عائض القرني", "أبها");
            addTagged("الكويت " + i, "أعلن النائب سعد القريني في الكويت أن " + i, "سعد القريني", "الكويت");
        }
        openWithTags();
        assertThat(titles("القرني")).hasSize(4).allMatch(t -> t.startsWith("أبها"));
        assertThat(titles("القريني")).hasSize(4).allMatch(t -> t.startsWith("الكويت"));
    }

    @Test
    void aDefiniteNounBeforeADefiniteNameIsThatNamesPhrase() {
        for (int i = 0; i < 4; i++) {
            addTagged("حج " + i, "صلى الحجاج في المسجد الحرام بمكة " + i, "الحرام", "مكه");
        }
        addTagged("صلاة", "أدى المصلون الصلاة بالمسجد الحرام", "الحرام");
        addTagged("خطبة", "حذر إمام المسجد في خطبته من المال الحرام");
        openWithTags();
        NameWords names = NameWords.over(w -> w.equals("الحرام") ? 5L : 0L, w -> 6L);
        assertThat(DefiniteNounPhrase.isNounAndName("المسجد", "الحرام", names)).isTrue();
        assertThat(DefiniteNounPhrase.isNounAndName("المسجد", "الكبير", names)).isFalse();
        assertThat(titles("المسجد الحرام")).hasSize(5).noneMatch(t -> t.equals("خطبة"));
    }

    @Test
    void aForeignNameTaggedInOtherContextsIsAnotherName() {
        SpellingContext.Signature munich = SpellingContext.signature(4, 4, Map.of("بايرن", 4L, "المانيا", 3L));
        SpellingContext.Signature moon = SpellingContext.signature(4, 4, Map.of("سول", 4L, "كوريا", 3L));
        SpellingContext.Signature bayern = SpellingContext.signature(4, 4, Map.of("بايرن", 4L, "المانيا", 2L));
        SharedFullNames.FullNames none = SharedFullNames.FullNames.NONE;
        assertThat(SpellingContext.differentContexts("ميونخ", munich, none, "مونغ", moon, none, w -> 1L, 1000))
                .isTrue();
        assertThat(SpellingContext.differentContexts("ميونخ", munich, none, "ميونيخ", bayern, none, w -> 1L, 1000))
                .isFalse();
        assertThat(DistinctNames.nativeVowelLetterPair("القرني", "القريني")).isTrue();
        assertThat(DistinctNames.nativeVowelLetterPair("هارفارد", "هارفرد")).isFalse();
        assertThat(DistinctNames.nativeVowelLetterPair("البنتاغون", "البنتاجون")).isFalse();
    }
}
