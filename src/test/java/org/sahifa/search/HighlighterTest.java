package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter(SahifaAnalysis.INSTANCE);

    private static String name(String spelling) {
        return NameKeyTerms.term(NameKey.ofNormalized(spelling), spelling);
    }

    private static List<String> marked(String text, List<Mark> marks) {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void marksCoverTheOriginalLettersWithDiacriticsTatweelAndHamza() {
        MatchTerms terms = new MatchTerms();
        terms.exact.add("بوتين");
        terms.exact.add("اذربيجان");
        String text = "قال بـوتِين في أذربيجان: لا.";
        assertThat(marked(text, highlighter.marks(text, terms))).containsExactly("بـوتِين", "أذربيجان");
    }

    @Test
    void nameSpellingsAreMarkedAlsoBehindProcliticsAndAcrossTwoWords() {
        MatchTerms terms = new MatchTerms();
        terms.names.add(name("كراباخ"));
        terms.names.add(name("قره باغ"));
        String text = "عاد إلى وكراباخ ثم إلى قرة باغ، لا إلى بوتان ولا إلى باغ وحدها.";
        List<Mark> exact = new ArrayList<>();
        assertThat(marked(text, highlighter.marks(text, terms, exact))).containsExactly("وكراباخ", "قرة باغ");
        assertThat(exact).isEmpty();
    }

    @Test
    void aSpellingBehindProcliticsIsMarkedWhenAnotherSpellingEndsTheWordToo() {
        MatchTerms terms = new MatchTerms();
        terms.names.add(name("ظبي"));
        terms.names.add(name("ابوظبي"));
        String text = "عاد الفريق من معسكر بأبوظبي.";
        assertThat(marked(text, highlighter.marks(text, terms))).containsExactly("بأبوظبي");
    }

    @Test
    void noTermsNoMarks() {
        assertThat(highlighter.marks("نص ما", new MatchTerms())).isEmpty();
    }

    @Test
    void snippetPrefersTheWindowWithExactMatchesAndShiftsMarks() {
        String filler = "كلمة ".repeat(100);
        String text = "بداية " + filler + "كاراباخ " + filler + "كراباخ وكراباخ " + filler;
        int variant = text.indexOf("كاراباخ");
        int exact1 = text.indexOf("كراباخ ");
        int exact2 = text.indexOf("وكراباخ");
        List<Mark> marks = List.of(new Mark(variant, variant + 7), new Mark(exact1, exact1 + 6),
                new Mark(exact2, exact2 + 7));
        Snippet s = Highlighter.snippet(text, marks, List.of(new Mark(exact1, exact1 + 6)));
        assertThat(s.text()).startsWith("…").endsWith("…").doesNotContain("كاراباخ");
        assertThat(s.text().length()).isLessThanOrEqualTo(Highlighter.WIDTH + 2);
        assertThat(marked(s.text(), s.marks())).containsExactly("كراباخ", "وكراباخ");
        assertThat(s.render("[[", "]]")).contains("[[كراباخ]] [[وكراباخ]]");
    }

    @Test
    void shortTextsAreWholeAndLineBreaksFlattened() {
        Snippet s = Highlighter.snippet("سطر\nآخر", List.of(new Mark(4, 7)));
        assertThat(s.text()).isEqualTo("سطر آخر");
        assertThat(s.render("«", "»")).isEqualTo("سطر «آخر»");
    }

    @Test
    void withoutMarksTheSnippetIsTheStart() {
        String text = "أول ".repeat(200);
        Snippet s = Highlighter.snippet(text, List.of());
        assertThat(s.text()).startsWith("أول").endsWith("…");
        assertThat(s.marks()).isEmpty();
    }

    @Test
    void overlappingMarksMerge() {
        assertThat(Highlighter.merge(new ArrayList<>(List.of(new Mark(5, 9), new Mark(0, 3), new Mark(2, 6))), 8))
                .containsExactly(new Mark(0, 8));
    }
}
