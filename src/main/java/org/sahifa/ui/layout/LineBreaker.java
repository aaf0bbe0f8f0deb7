package org.sahifa.ui.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines no wider than a given width.
 * <ol>
 *   <li>Break opportunities come from ICU's line break iterator (UAX #14), so lines break between words, after
 *       punctuation, never inside a word or before a closing bracket.</li>
 *   <li>Greedy fill: each line takes as many segments as fit; a line's width is measured on the whole line text
 *       (shaping and kerning included), without its trailing spaces.</li>
 *   <li>A segment wider than the whole width on its own (a long URL) is cut between grapheme clusters.</li>
 *   <li>Lines cover the text without gaps: line i ends where line i+1 starts; trailing spaces belong to the
 *       line they follow and are not drawn.</li>
 * </ol>
 */
public final class LineBreaker {

    /** A line: characters {@code [start, end)} of the paragraph, {@code visibleEnd} excluding trailing spaces. */
    public record Line(int start, int end, int visibleEnd) {
    }

    private final TextMeasurer measurer;
    private final ULocale locale;

    public LineBreaker(TextMeasurer measurer) {
        this(measurer, new ULocale("ar"));
    }

    public LineBreaker(TextMeasurer measurer, ULocale locale) {
        this.measurer = measurer;
        this.locale = locale;
    }

    /** The lines of {@code text} for a maximum width of {@code maxWidth}. */
    public List<Line> breakLines(String text, double maxWidth) {
        List<Line> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        BreakIterator it = BreakIterator.getLineInstance(locale);
        it.setText(text);
        int lineStart = 0;
        int lastFit = -1;
        int b = it.following(0);
        while (b != BreakIterator.DONE) {
            if (fits(text, lineStart, b, maxWidth)) {
                lastFit = b;
                b = it.next();
                continue;
            }
            if (lastFit > lineStart) {
                lines.add(line(text, lineStart, lastFit));
                lineStart = lastFit;
                lastFit = -1;
                // b is measured again from the new line start.
                continue;
            }
            // One segment wider than the line: cut it between grapheme clusters.
            int cut = cutLongSegment(text, lineStart, b, maxWidth, lines);
            if (cut == lineStart) {
                // No grapheme boundary inside the segment (a line break that falls inside a cluster, as with a
                // stray surrogate or a joiner): the whole segment takes a line, so the loop always advances.
                lines.add(line(text, lineStart, b));
                cut = b;
            }
            lineStart = cut;
            lastFit = -1;
            if (lineStart >= b) {
                b = it.next();
            }
        }
        if (lineStart < text.length()) {
            lines.add(line(text, lineStart, text.length()));
        }
        return lines;
    }

    private boolean fits(String text, int start, int end, double maxWidth) {
        int visible = visibleEnd(text, start, end);
        return visible <= start || measurer.width(text.substring(start, visible)) <= maxWidth;
    }

    private int cutLongSegment(String text, int start, int end, double maxWidth, List<Line> lines) {
        BreakIterator chars = BreakIterator.getCharacterInstance(locale);
        chars.setText(text);
        int lineStart = start;
        int lastFit = -1;
        int c = chars.following(start);
        while (c != BreakIterator.DONE && c <= end) {
            if (fits(text, lineStart, c, maxWidth)) {
                lastFit = c;
                c = chars.next();
            } else if (lastFit > lineStart) {
                lines.add(line(text, lineStart, lastFit));
                lineStart = lastFit;
                lastFit = -1;
            } else {
                // Not even one cluster fits: it gets a line of its own.
                lines.add(line(text, lineStart, c));
                lineStart = c;
                c = chars.next();
            }
        }
        if (lastFit > lineStart) {
            // The next cluster boundary lies beyond the segment (a cluster that a line break splits, such as a
            // prepended mark before its base): what fitted so far still takes its own line.
            lines.add(line(text, lineStart, lastFit));
            lineStart = lastFit;
        }
        return lineStart;
    }

    private static Line line(String text, int start, int end) {
        return new Line(start, end, visibleEnd(text, start, end));
    }

    private static int visibleEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
