package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a phrase are marked, and shown as matched, only where the article writes the phrase (decision 0165). */
class HighlighterPhraseTest {

    private final Highlighter highlighter = new Highlighter(SahifaAnalysis.INSTANCE);

    @TempDir
    Path dir;

    private static List<String> marked(String text, List<Mark> marks) {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aPhraseIsMarkedWholeAndItsWordsAloneAreNot() {
        MatchTerms terms = new MatchTerms();
        terms.phrase(MatchTerms.Kind.EXACT, List.of("جامعه", "الدول", "العربيه"));
        String text = "رحبت جامعة الدول العربية بالقرار، وقالت اللغة العربية إن الدول كلها معنية.";
        List<Mark> exact = new ArrayList<>();
        assertThat(marked(text, highlighter.marks(text, terms, exact))).containsExactly("جامعة الدول العربية");
        assertThat(exact).hasSize(1);
        Highlight h = highlighter.highlight(1, "القمة العربية", text, terms);
        assertThat(h.matched()).containsExactly("جامعة الدول العربية");
        assertThat(h.titleMarks()).isEmpty();
    }

    @Test
    void nameSlotsAcceptProcliticsAndEverySpellingOfTheSlot() {
        MatchTerms terms = new MatchTerms();
        terms.phraseOf(MatchTerms.Kind.NAME, List.of(Set.of("البحر"), Set.of("المتوسط", "الابيض المتوسط")));
        String text = "عبروا البحر الأبيض المتوسط ثم وبالبحر المتوسط، لا المتوسط وحده ولا البحر وحده.";
        assertThat(marked(text, highlighter.marks(text, terms)))
                .containsExactly("البحر الأبيض المتوسط", "وبالبحر المتوسط");
    }

    @Test
    void aWordOfTheQueryOfItsOwnIsStillMarkedAlone() {
        MatchTerms terms = new MatchTerms();
        terms.phrase(MatchTerms.Kind.EXACT, List.of("جامعه", "الدول", "العربيه"));
        terms.exact.add("العربيه");
        String text = "جامعة الدول العربية واللغة العربية.";
        assertThat(marked(text, highlighter.marks(text, terms))).containsExactly("جامعة الدول العربية", "العربية");
    }

    @Test
    void aLatinEnglishNameShowsItsPhraseNotItsLastWord() {
        try (Library library = Library.open(dir.resolve("lib"))) {
            long id = library.store(List.of(new ArticleDraft("القمة العربية في القاهرة", null,
                    "افتتحت القمة العربية أعمالها. وقال الأمين العام لجامعة الدول العربية إن الدول العربية متفقة.",
                    null, null, null, null, "ar", null))).ids().get(0);
            SearchHit h = library.search().search("Arab League", SearchOptions.defaults()).hits().stream()
                    .filter(x -> x.articleId() == id).findFirst().orElseThrow();
            assertThat(h.matched()).containsExactly("لجامعة الدول العربية");
        }
    }
}
