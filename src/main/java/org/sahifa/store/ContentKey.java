package org.sahifa.store;

import com.ibm.icu.text.Normalizer2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The duplicate key of an article's content: a SHA-256 of its title and plain body after a light normalisation, so
 * the same story re-published with other spacing, diacritics, tatweel or letter case is recognised.
 * <p>Rules, in order: NFKC (folds Arabic presentation forms); drop Arabic diacritics (U+064B–U+065F, U+0670) and
 * tatweel (U+0640); drop invisible format characters (bidi marks, ZWJ/ZWNJ, BOM); lower-case (root locale);
 * every run of whitespace becomes one space; trim.
 */
public final class ContentKey {

    private static final char TATWEEL = '\u0640';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char FATHATAN = '\u064B';
    private static final char LAST_HARAKA = '\u065F';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ContentKey() {
    }

    public static String of(String title, String bodyText) {
        String key = normalise(title) + "\n" + normalise(bodyText);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = NFKC.isNormalized(text) ? text : NFKC.normalize(text);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == TATWEEL || c == SUPERSCRIPT_ALEF || (c >= FATHATAN && c <= LAST_HARAKA)
                    || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
