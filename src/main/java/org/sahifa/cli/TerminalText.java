package org.sahifa.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes stored text safe to print on a terminal (docs/formats.md, <i>Terminal output</i>). Imported titles and texts
 * come from anywhere; printed raw, an escape sequence could rewrite the user's terminal (colours, title, cursor,
 * OSC 8 links, clearing the screen), a carriage return or backspace could overwrite what was printed, and a bidi
 * override could disguise a file name («‮fdp.exe» shown as «exe.pdf»).
 * <ul>
 * <li>C0 controls except line feed and tab, and DEL, are shown as their control pictures (ESC as «␛», CR «␍»,
 * NUL «␀», backspace «␈», DEL «␡»); C1 controls, lone surrogates and U+FFFE/U+FFFF as «�»; the line and paragraph
 * separators U+2028/U+2029 as a space.</li>
 * <li>Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are kept only in a real right-to-left
 * context — a line that holds right-to-left letters — and there an override is kept only when it reorders
 * nothing: a right-to-left override over no left-to-right letters or digits, a left-to-right one over no
 * right-to-left letters. What is kept is balanced: a closer without its opener is dropped and every opener is
 * closed at the end of its line, so nothing reaches the rest of the output. The marks LRM, RLM and ALM stay.</li>
 * </ul>
 */
final class TerminalText {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char LRE = '\u202A';
    private static final char RLE = '\u202B';
    private static final char PDF = '\u202C';
    private static final char LRO = '\u202D';
    private static final char RLO = '\u202E';
    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private TerminalText() {
    }

    /** {@code s} fit for a terminal ({@code null} stays {@code null}). */
    static String safe(String s) {
        if (s == null || isPlain(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                line(s, start, i, out);
                if (i < s.length()) {
                    out.append('\n');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** Nothing to do: no controls, no bidi controls, no surrogates, no separators. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || isBidiControl(c)
                    || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    private static void line(String s, int from, int to, StringBuilder out) {
        boolean rtlContext = false;
        for (int i = from; i < to && !rtlContext; i++) {
            rtlContext = isRtl(s.charAt(i));
        }
        Deque<Opener> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || (c >= 0x80 && c <= 0x9F) || c >= '\uFFFE') {
                out.append(REPLACEMENT);
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else if (c < 0x20 && c != '\t') {
                out.append((char) (0x2400 + c));
            } else if (c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (isBidiControl(c)) {
                bidi(s, i, to, c, rtlContext, open, out);
            } else {
                out.append(c);
            }
        }
        while (!open.isEmpty()) {
            Opener o = open.pop();
            if (o.kept) {
                out.append(o.isolate ? PDI : PDF);
            }
        }
    }

    private static void bidi(String s, int i, int to, char c, boolean rtlContext, Deque<Opener> open,
                             StringBuilder out) {
        if (c == PDF) {
            if (!open.isEmpty() && !open.peek().isolate) {
                if (open.pop().kept) {
                    out.append(PDF);
                }
            }
            return;
        }
        if (c == PDI) {
            if (open.stream().noneMatch(o -> o.isolate)) {
                return;
            }
            while (true) {
                Opener o = open.pop();
                if (o.kept) {
                    out.append(o.isolate ? PDI : PDF);
                }
                if (o.isolate) {
                    return;
                }
            }
        }
        boolean isolate = c == LRI || c == RLI || c == FSI;
        boolean kept = rtlContext && (c == LRO || c == RLO ? reordersNothing(s, i, to, c) : true);
        open.push(new Opener(isolate, kept));
        if (kept) {
            out.append(c);
        }
    }

    /** Whether the override at {@code at} (up to its closer or the line end) covers no text it would reverse. */
    private static boolean reordersNothing(String s, int at, int to, char override) {
        int depth = 0;
        for (int i = at + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c == LRE || c == RLE || c == LRO || c == RLO) {
                depth++;
            } else if (c == PDF) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            } else if (override == RLO ? isLtrOrDigit(c) : isRtl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRtl(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isLtrOrDigit(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
                || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }

    static boolean isBidiControl(char c) {
        return (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
    }

    private record Opener(boolean isolate, boolean kept) {
    }
}
