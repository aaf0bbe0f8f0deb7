package org.sahifa.ui.layout;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The breaker with a fixed-pitch measurer: every character is 10 units wide. */
class LineBreakerTest {

    private static final TextMeasurer MONO = s -> s.length() * 10.0;
    private final LineBreaker breaker = new LineBreaker(MONO);

    private static List<String> texts(String text, List<LineBreaker.Line> lines) {
        return lines.stream().map(l -> text.substring(l.start(), l.visibleEnd())).collect(Collectors.toList());
    }

    @Test
    void breaksBetweenWordsAndFillsGreedily() {
        String t = "قالت السلطات في أذربيجان إنها تعمل مع روسيا";
        List<String> lines = texts(t, breaker.breakLines(t, 160));
        assertThat(lines).containsExactly("قالت السلطات في", "أذربيجان إنها", "تعمل مع روسيا");
    }

    @Test
    void neverBreaksBeforeClosingPunctuationOrInsideBrackets() {
        String t = "اعتذر من بوتين (AFP) 24 ساعة";
        for (double w = 60; w <= 300; w += 10) {
            for (String line : texts(t, breaker.breakLines(t, w))) {
                assertThat(line).doesNotStartWith(")");
                assertThat(line).doesNotEndWith("(");
            }
        }
    }

    @Test
    void overlongWordsAreCutToFit() {
        String t = "انظر https://example.org/a/very/long/address/that/never/fits";
        List<LineBreaker.Line> lines = breaker.breakLines(t, 100);
        for (LineBreaker.Line l : lines) {
            assertThat(MONO.width(t.substring(l.start(), l.visibleEnd()))).isLessThanOrEqualTo(100);
        }
        assertThat(texts(t, lines).stream().collect(Collectors.joining())).isEqualTo(t.replace(" ", ""));
    }

    @Test
    void aBreakInsideAGraphemeClusterStillAdvances() {
        // Found by fuzzing: ICU puts a line break where no grapheme boundary is; this once looped forever.
        String t = "\uDE77\uDC6B\u33FA\uDCAF\u0890\u87F6\u099F\u0ECE\u200D \u0651";
        List<LineBreaker.Line> lines = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> breaker.breakLines(t, 13.26));
        assertThat(lines.get(lines.size() - 1).end()).isEqualTo(t.length());
    }

    @Test
    void aClusterSplitByALineBreakDoesNotWidenTheLineBefore() {
        // Found by CI (jqwik seed 6267319162350654626): U+06DD is a prepended mark, so the grapheme boundary after
        // it lies beyond the line break that follows it; the letter before it once shared its line.
        String t = "a\u06DD\u1100";
        for (LineBreaker.Line l : breaker.breakLines(t, 10)) {
            assertThat(MONO.width(t.substring(l.start(), l.visibleEnd()))).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void emptyText() {
        assertThat(breaker.breakLines("", 100)).isEmpty();
    }

    private static int graphemes(String s) {
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getCharacterInstance();
        it.setText(s);
        int n = 0;
        while (it.next() != com.ibm.icu.text.BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    @Property(tries = 300)
    void linesCoverTheTextAndFit(@ForAll @StringLength(max = 200) String raw,
                                 @ForAll @DoubleRange(min = 10, max = 600) double width) {
        String text = raw.replace('\n', ' ').replace('\r', ' ');
        List<LineBreaker.Line> lines = breaker.breakLines(text, width);
        int pos = 0;
        for (LineBreaker.Line l : lines) {
            assertThat(l.start()).isEqualTo(pos);
            assertThat(l.end()).isGreaterThan(l.start());
            String visible = text.substring(l.start(), l.visibleEnd());
            if (graphemes(visible) > 1) {
                assertThat(MONO.width(visible)).isLessThanOrEqualTo(width);
            }
            pos = l.end();
        }
        assertThat(pos).isEqualTo(text.length());
    }
}
