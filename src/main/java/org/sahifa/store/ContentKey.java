package org.sahifa.store;

import com.ibm.icu.text.Normalizer2;

import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The duplicate key of an article's content: a SHA-256 of its title and plain body after a light normalisation, so
 * the same story re-published with other spacing, diacritics, tatweel or letter case is recognised.
 * <p>Rules, in order: NFKC (folds Arabic presentation forms); drop Arabic diacritics (U+064B–U+065F, U+0670) and
 * tatweel (U+0640); drop invisible format characters (bidi marks, ZWJ/ZWNJ, BOM); lower-case (per character,
 * locale-independent);
 * every run of whitespace becomes one space; trim. The key is the SHA-256 of the UTF-16LE code units of
 * {@code normalised title + "\n" + normalised body}.
 */
public final class ContentKey {

    private static final char TATWEEL = '\u0640';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char FATHATAN = '\u064B';
    private static final char LAST_HARAKA = '\u065F';

    private static final char ARABIC_FIRST = '\u0600';
    private static final char ARABIC_LAST = '\u06FF';
    private static final char ARABIC_LETTER_MARK = '\u061C';
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    private ContentKey() {
    }

    public static String of(String title, String bodyText) {
        MessageDigest md = DIGEST.get();
        md.reset();
        byte[] buf = BUFFER.get();
        update(md, buf, normalise(title));
        update(md, buf, "\n");
        update(md, buf, normalise(bodyText));
        return HexFormat.of().formatHex(md.digest());
    }

    /** Feeds the UTF-16LE code units of {@code s} to the digest through a reusable buffer. */
    private static void update(MessageDigest md, byte[] buf, String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            buf[n++] = (byte) c;
            buf[n++] = (byte) (c >>> 8);
            if (n == buf.length) {
                md.update(buf, 0, n);
                n = 0;
            }
        }
        md.update(buf, 0, n);
    }

    /**
     * The NFKC form of {@code text}, normalising only the stretches that need it: NFKC maps a no-break space to a
     * space and neither composes with anything, so it is mapped first (a third of real articles are NFKC but for
     * no-break spaces); around any other character that is not NFKC, the stretch between the normalisation
     * boundaries before and after it ({@link Normalizer2#hasBoundaryBefore}: no character interacts across one) is
     * normalised alone. The same result as normalising the whole text, without running the normaliser over whole
     * articles (its composition code is large, and compiling it again and again cost more than it ran).
     */
    static String nfkc(String text) {
        String s = text.indexOf(NO_BREAK_SPACE) >= 0 ? text.replace(NO_BREAK_SPACE, ' ') : text;
        int n = s.length();
        StringBuilder out = null;
        int from = 0;
        while (from < n) {
            int yes = from + NFKC.spanQuickCheckYes(CharBuffer.wrap(s, from, n));
            if (yes >= n) {
                break;
            }
            int start = yes;
            while (start > from && !NFKC.hasBoundaryBefore(s.codePointAt(start))) {
                start -= Character.charCount(s.codePointBefore(start));
            }
            int end = yes + Character.charCount(s.codePointAt(yes));
            while (end < n && !NFKC.hasBoundaryBefore(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(s, from, start).append(NFKC.normalize(s.substring(start, end)));
            from = end;
        }
        return out == null ? s : out.append(s, from, n).toString();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = nfkc(text);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ARABIC_FIRST && c <= ARABIC_LAST) {
                if (c == TATWEEL || c == SUPERSCRIPT_ALEF || (c >= FATHATAN && c <= LAST_HARAKA)
                        || c == ARABIC_LETTER_MARK) {
                    continue;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else {
                c = Character.toLowerCase(c);
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
