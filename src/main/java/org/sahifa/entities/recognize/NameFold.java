package org.sahifa.entities.recognize;

import java.text.Normalizer;

/**
 * The matching key of a word for gazetteer look-ups and model features. Rules, in order:
 * <ul>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed with NFKC;</li>
 *   <li>diacritics (U+064B–U+065F, U+0670), tatweel (U+0640) and invisible format marks (U+200B–U+200F,
 *       U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF) are dropped;</li>
 *   <li>alef forms أ إ آ ٱ become ا; ى and Persian ی become ي; ئ becomes ي; ؤ becomes و; ة becomes ه;</li>
 *   <li>Persian/Urdu letters ک گ become ك, پ becomes ب, چ becomes ج, ڤ becomes ف;</li>
 *   <li>Arabic-Indic and extended digits become ASCII digits; Latin letters are lower-cased.</li>
 * </ul>
 * The folded string is never longer than its input (except after NFKC of a presentation ligature).
 */
public final class NameFold {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char FARSI_YEH = '\u06CC';
    private static final char YEH_HAMZA = '\u0626';
    private static final char WAW = '\u0648';
    private static final char WAW_HAMZA = '\u0624';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char KAF = '\u0643';
    private static final char KEHEH = '\u06A9';
    private static final char GAF = '\u06AF';
    private static final char BEH = '\u0628';
    private static final char PEH = '\u067E';
    private static final char JEEM = '\u062C';
    private static final char TCHEH = '\u0686';
    private static final char FEH = '\u0641';
    private static final char VEH = '\u06A4';
    private static final char TATWEEL = '\u0640';
    private static final char SUPERSCRIPT_ALEF = '\u0670';

    private NameFold() {
    }

    /** Folds a whole string. */
    public static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    /** Folds {@code s[start, end)}. */
    public static String fold(CharSequence s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < d.length(); k++) {
                    append(out, d.charAt(k));
                }
            } else {
                append(out, c);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        char m = map(c);
        if (m != 0) {
            out.append(m);
        }
    }

    /** {@link #rule} of every UTF-16 unit, computed once: one array read per character instead of a chain of tests. */
    private static final char[] MAPPED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            MAPPED[c] = rule((char) c);
        }
    }

    /** The folded form of one character, or 0 when it is dropped (the rules of {@link #rule}). */
    static char map(char c) {
        return MAPPED[c];
    }

    /** The folded form of one character, or 0 when it is dropped. */
    static char rule(char c) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
            return 0;
        }
        if ((c >= '\u200B' && c <= '\u200F') || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
            return 0;
        }
        switch (c) {
            case ALEF_MADDA:
            case ALEF_HAMZA_ABOVE:
            case ALEF_HAMZA_BELOW:
            case ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA:
            case FARSI_YEH:
            case YEH_HAMZA:
                return YEH;
            case WAW_HAMZA:
                return WAW;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
            case GAF:
                return KAF;
            case PEH:
                return BEH;
            case TCHEH:
                return JEEM;
            case VEH:
                return FEH;
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return Character.toLowerCase(c);
    }
}
