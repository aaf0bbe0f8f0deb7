package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The per-character rules of {@link ArabicNormalizer}, computed once for the whole Basic Multilingual Plane
 * (and on demand for supplementary code points) so that the normalising loop is one array look-up per char.
 *
 * <p>Each code point maps to a replacement that is already a fixed point: every char of a replacement maps to
 * itself. That makes normalisation idempotent by construction (checked when the table is built).
 */
final class NormalizationTable {

    /** Marker in {@link #ONE}: the replacement is not a single char, look in {@link #MANY}. */
    private static final char SEE_MANY = '\uFFFF';

    /** Single-char replacement of each BMP char ({@link #SEE_MANY} when the replacement is empty or longer). */
    static final char[] ONE = new char[0x10000];
    /** Replacement strings for the chars marked {@link #SEE_MANY}: "" deletes the char. */
    static final String[] MANY = new String[0x10000];

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    static {
        String[] raw = new String[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            raw[c] = Character.isSurrogate((char) c) ? String.valueOf(REPLACEMENT) : baseRule(c);
        }
        // Close under the rules until every replacement consists of fixed points.
        for (int round = 0; round < 8; round++) {
            boolean changed = false;
            for (int c = 0; c < 0x10000; c++) {
                String r = raw[c];
                if (r == null) {
                    continue;
                }
                String closed = applyRaw(raw, r);
                if (!closed.equals(r)) {
                    raw[c] = closed;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int c = 0; c < 0x10000; c++) {
            String r = raw[c];
            if (r == null) {
                ONE[c] = (char) c;
            } else if (r.length() == 1 && r.charAt(0) != SEE_MANY) {
                ONE[c] = r.charAt(0);
            } else {
                ONE[c] = SEE_MANY;
                MANY[c] = r;
            }
        }
        if (MANY[SEE_MANY] == null && ONE[SEE_MANY] == SEE_MANY) {
            MANY[SEE_MANY] = String.valueOf(SEE_MANY);
        }
    }

    private NormalizationTable() {
    }

    /** The replacement of BMP char {@code c}: "" to delete it. */
    static String replacement(char c) {
        char one = ONE[c];
        return one == SEE_MANY ? MANY[c] : String.valueOf(one);
    }

    /** The fixed-point replacement of a supplementary code point (rare: computed each time, closed over the table). */
    static String supplementary(int cp) {
        String r = baseRule(cp);
        if (r == null) {
            return new String(Character.toChars(cp));
        }
        StringBuilder out = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < r.length() && Character.isLowSurrogate(r.charAt(i + 1))) {
                // A supplementary result (e.g. a case-folded Deseret letter) is already final.
                out.append(c).append(r.charAt(++i));
            } else {
                out.append(replacement(c));
            }
        }
        return out.toString();
    }

    private static String applyRaw(String[] raw, String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            String r = raw[c];
            out.append(r == null ? String.valueOf(c) : r);
        }
        return out.toString();
    }

    /**
     * The rule for one code point, before closure; {@code null} keeps it unchanged. Arabic-specific rules come
     * first; everything else goes through NFKC, full case folding, removal of combining marks, and digit
     * folding.
     */
    static String baseRule(int cp) {
        String arabic = arabicRule(cp);
        if (arabic != null) {
            return arabic;
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacter.FORMAT) {
            return ""; // ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, overrides, isolates, soft hyphen, BOM ...
        }
        if (type == UCharacter.NON_SPACING_MARK && isStrippableMark(cp)) {
            return "";
        }
        if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
            int d = UCharacter.digit(cp, 10);
            if (d >= 0) {
                return String.valueOf((char) ('0' + d));
            }
        }
        String s = new String(Character.toChars(cp));
        String t = NFKC.normalize(s);
        t = UCharacter.foldCase(t, UCharacter.FOLD_CASE_DEFAULT);
        if (hasStrippableMark(t)) {
            t = stripMarks(NFD.normalize(t));
            t = NFC.normalize(t);
        }
        return t.equals(s) ? null : t;
    }

    /** Combining marks of Latin, Greek, Cyrillic (inherited script), Arabic, Syriac and Hebrew are dropped. */
    private static boolean isStrippableMark(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.INHERITED || script == UScript.ARABIC || script == UScript.HEBREW
                || script == UScript.SYRIAC || script == UScript.LATIN || script == UScript.GREEK
                || script == UScript.CYRILLIC;
    }

    private static boolean hasStrippableMark(String s) {
        String d = NFD.normalize(s);
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK && isStrippableMark(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String stripMarks(String d) {
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            if (!(UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK && isStrippableMark(cp))) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Rules specific to Arabic script; {@code null} when none applies. */
    private static String arabicRule(int cp) {
        if (cp > 0xFFFF) {
            return null;
        }
        char c = (char) cp;
        switch (c) {
            // alef forms → ا
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE,
                    ALEF_WAVY_HAMZA_BELOW, HIGH_HAMZA_ALEF:
                return String.valueOf(ALEF);
            // hamza on a seat (و or ي) → the seatless hamza, so مسؤول = مسئول (decision 0021)
            case WAW_HAMZA, YEH_HAMZA, HIGH_HAMZA_WAW, HIGH_HAMZA_YEH, HIGH_HAMZA:
                return String.valueOf(HAMZA);
            // ى and the Persian/Urdu/Kurdish yeh forms → ي
            case ALEF_MAKSURA, FARSI_YEH, YEH_TAIL, YEH_V, YEH_E, YEH_BARREE, YEH_BARREE_HAMZA:
                return String.valueOf(YEH);
            // ة and the heh forms → ه
            case TEH_MARBUTA, HEH_YEH, HEH_GOAL, HEH_GOAL_HAMZA, TEH_MARBUTA_GOAL, HEH_DOACHASHMEE, AE:
                return String.valueOf(HEH);
            case KEHEH, GAF, NG:
                return String.valueOf(KAF);
            case PEH:
                return String.valueOf(BEH);
            case TCHEH:
                return String.valueOf(JEEM);
            case JEH:
                return String.valueOf(ZAIN);
            case VEH:
                return String.valueOf(FEH);
            case QAF_THREE_DOTS:
                return String.valueOf(QAF);
            case TTEH:
                return String.valueOf(TEH);
            case DDAL:
                return String.valueOf(DAL);
            case RREH, REH_V:
                return String.valueOf(REH);
            case LAM_V:
                return String.valueOf(LAM);
            case NOON_GHUNNA:
                return String.valueOf(NOON);
            case WAW_O, WAW_U, WAW_VE:
                return String.valueOf(WAW);
            case TATWEEL, SUPERSCRIPT_ALEF, HAMZA_ABOVE, HAMZA_BELOW, MADDA_ABOVE:
                return "";
            case ARABIC_DECIMAL_SEPARATOR:
                return ".";
            case ARABIC_THOUSANDS_SEPARATOR:
                return ",";
            case ARABIC_PERCENT:
                return "%";
            case ZERO_WIDTH_SPACE:
                return " ";
            default:
                break;
        }
        if (c >= FATHATAN && c <= SUKUN || c >= QURANIC_MARKS_FIRST && c <= QURANIC_MARKS_LAST
                || c >= '\u0610' && c <= '\u061A' || c >= '\u0656' && c <= '\u065F'
                || c >= '\u08D3' && c <= '\u08FF') {
            return ""; // harakat, small high letters, Quranic annotation marks
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)) {
            return "";
        }
        return null;
    }
}
