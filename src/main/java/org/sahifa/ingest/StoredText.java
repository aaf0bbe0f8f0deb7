package org.sahifa.ingest;

import org.jsoup.nodes.Entities;
import org.sahifa.store.ArticleDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * What may reach stored text, applied to every article an importer or a feed produces (docs/formats.md,
 * <i>Stored text</i>):
 * <ul>
 * <li>HTML character references ({@code &amp;#8220;}, {@code &amp;quot;}, {@code &amp;amp;}) are decoded once, as
 * a browser would (references to C1 code points as windows-1252, e.g. {@code &amp;#150;} → «–»);</li>
 * <li>control characters (C0 but tab and line breaks, DEL, C1) and the non-characters U+FFFE/U+FFFF are removed;
 * a lone surrogate (half of a character, from a broken UTF-16 source or a {@code \\uD800} JSON escape) becomes
 * U+FFFD «�», so the loss stays visible;</li>
 * <li>a line of only whitespace of any kind (no-break spaces, zero-width spaces, bidi marks) is blank;</li>
 * <li>titles, sources and authors are one line: whitespace runs become one space; a title is at most
 * {@value #MAX_TITLE_CHARS} characters (cut at a word with «…»); a missing or blank title is made from the first
 * words of the text.</li>
 * </ul>
 * Bidi controls stay (they are part of real Arabic text); the terminal printer neutralises them where unsafe.
 */
public final class StoredText {

    /** A headline longer than this is cut (at a word boundary, with «…»). */
    public static final int MAX_TITLE_CHARS = 300;
    /** A title made from the text takes at most this many characters. */
    static final int TITLE_FROM_TEXT = 90;
    private static final char REPLACEMENT = '\uFFFD';
    /** windows-1252 meanings of the C1 range, as HTML5 gives them to numeric references 0x80–0x9F (0 = none). */
    private static final char[] WINDOWS_1252_C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
        '\u2039', '\u0152', 0, '\u017D', 0, 0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    private StoredText() {
    }

    /**
     * The draft with its texts cleaned; a blank title is made from the text.
     *
     * @throws IllegalArgumentException when there is neither a title nor any text (the message says so)
     */
    public static ArticleDraft clean(ArticleDraft d) {
        String body = body(d.bodyText());
        String title = title(d.title());
        if (title == null) {
            title = titleFromText(body);
        }
        if (title == null) {
            throw new IllegalArgumentException("neither a title nor any text");
        }
        return new ArticleDraft(title, html(d.bodyHtml()), body, d.url(), line(d.guid()), line(d.source()),
                line(d.author()), d.language(), d.published());
    }

    /** A headline: {@link #line} cut to {@value #MAX_TITLE_CHARS} characters; {@code null} when blank. */
    public static String title(String raw) {
        String t = line(raw);
        return t == null ? null : cut(t, MAX_TITLE_CHARS);
    }

    /** The first words of the text's first paragraph, as a title; {@code null} when there is no text. */
    public static String titleFromText(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String first = text.split("\n", 2)[0];
        return line(cut(first, TITLE_FROM_TEXT));
    }

    /** One-line text: references decoded, controls removed, whitespace runs one space; {@code null} when blank. */
    public static String line(String raw) {
        if (raw == null) {
            return null;
        }
        String s = characters(decodeReferences(raw), false);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return isBlank(sb) ? null : sb.toString();
    }

    /**
     * A body's plain text: references decoded, controls removed, paragraphs one per line with a blank line
     * between, each stripped of whitespace of any kind at both ends; blank lines dropped.
     */
    public static String body(String raw) {
        if (raw == null) {
            return "";
        }
        String s = characters(decodeReferences(raw), true);
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                String p = strip(s, start, i);
                if (!p.isEmpty()) {
                    paragraphs.add(p);
                }
                start = i + 1;
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** Sanitised HTML with control characters removed and lone surrogates made visible. */
    public static String html(String html) {
        return html == null ? null : characters(html, true);
    }

    /** Whether {@code s} holds nothing visible: only whitespace of any kind, zero-width characters, bidi marks. */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isInvisible(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without whitespace of any kind (no-break spaces included) at either end. */
    public static String strip(String s) {
        return strip(s, 0, s.length());
    }

    private static String strip(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        String p = s.substring(from, to);
        return isBlank(p) ? "" : p;
    }

    /** Whitespace of any kind, including no-break spaces, zero-width spaces and the byte-order mark. */
    static boolean isSpace(char c) {
        return (KIND[c] & SPACE) != 0;
    }

    private static boolean isInvisible(char c) {
        return (KIND[c] & INVISIBLE) != 0;
    }

    /** {@link #isSpace} by its rule (what {@link #KIND} is built from). */
    static boolean isSpaceByRule(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** {@link #isInvisible} by its rule (what {@link #KIND} is built from). */
    static boolean isInvisibleByRule(char c) {
        return isSpaceByRule(c) || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c == '\u2060' || isControl(c);
    }

    private static final byte SPACE = 1;
    private static final byte INVISIBLE = 2;
    /**
     * {@link #SPACE} and {@link #INVISIBLE} per UTF-16 unit, built from the rules at class load: one array read
     * per character instead of a chain of tests (whose rare branches made the JIT recompile the text cleaning
     * nine times in an import).
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KIND[c] = (byte) ((isSpaceByRule((char) c) ? SPACE : 0) | (isInvisibleByRule((char) c) ? INVISIBLE : 0));
        }
    }

    /** C0 controls, DEL and C1 controls. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Removes controls (keeping tab as a space and, when {@code keepLines}, line feeds; CR and CRLF become line
     * feeds) and non-characters; lone surrogates become U+FFFD. Returns {@code s} itself when nothing changes.
     */
    static String characters(String s, boolean keepLines) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0xD800 && (Character.isSurrogate(c) || c >= 0xFFFE)) {
                if (c == '\n' && keepLines) {
                    i++;
                    continue;
                }
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(REPLACEMENT);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append(keepLines ? '\n' : ' ');
            } else if (c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                sb.append(c == '\u0085' && keepLines ? '\n' : ' ');
            } else if (!isControl(c) && c != '\uFFFE' && c != '\uFFFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Decodes HTML character references: {@code &#NNN;}, {@code &#xHH;} and the named references of HTML
     * ({@code &amp;}, {@code &nbsp;}, {@code &hellip;} …), each only with its semicolon; unknown names stay as
     * written. References to NUL, surrogates or beyond U+10FFFF become U+FFFD.
     */
    public static String decodeReferences(String s) {
        int amp = s.indexOf('&');
        if (amp < 0 || s.indexOf(';', amp) < 0) {
            return s;
        }
        StringBuilder sb = null;
        int copied = 0;
        for (int i = amp; i >= 0 && i < s.length(); i = s.indexOf('&', i + 1)) {
            int semi = referenceEnd(s, i, false);
            if (semi < 0) {
                continue;
            }
            String decoded = decodeOne(s.substring(i + 1, semi));
            if (decoded == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, copied, i).append(decoded);
            copied = semi + 1;
            i = semi;
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, copied, s.length()).toString();
    }

    /**
     * The index of the semicolon ending a reference-shaped run at {@code amp} ({@code &#NNN;}, {@code &#xHH;},
     * {@code &name;} of ASCII letters and digits, also {@code _ - .} when {@code xmlNames}), or -1.
     */
    static int referenceEnd(String s, int amp, boolean xmlNames) {
        int limit = Math.min(s.length(), amp + 40);
        for (int j = amp + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ';') {
                return j > amp + 1 ? j : -1;
            }
            boolean ok = c < 128 && Character.isLetterOrDigit(c) || c == '#' && j == amp + 1
                    || xmlNames && (c == '_' || c == '-' || c == '.');
            if (!ok) {
                return -1;
            }
        }
        return -1;
    }

    private static String decodeOne(String ref) {
        if (ref.charAt(0) != '#') {
            return Entities.isNamedEntity(ref) ? Entities.getByName(ref) : null;
        }
        boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
        String digits = ref.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return digits.isEmpty() ? null : String.valueOf(REPLACEMENT);
        }
        int cp;
        try {
            cp = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp >= 0x80 && cp <= 0x9F && WINDOWS_1252_C1[cp - 0x80] != 0) {
            return String.valueOf(WINDOWS_1252_C1[cp - 0x80]);
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return String.valueOf(REPLACEMENT);
        }
        return new String(Character.toChars(cp)); // controls are removed afterwards
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).strip() + "…";
    }
}
