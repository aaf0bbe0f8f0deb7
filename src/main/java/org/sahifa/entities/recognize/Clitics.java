package org.sahifa.entities.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics on folded words: the conjunctions و and ف, then the prepositions ب، ل، ك (with ل + ال written
 * لل), then the article ال. A word keeps at least {@link #MIN_STEM} letters after stripping.
 */
public final class Clitics {

    /** The fewest letters left after a proclitic is removed. */
    public static final int MIN_STEM = 2;

    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';
    private static final char ALEF = '\u0627';

    private Clitics() {
    }

    /**
     * The word and its readings without conjunction and preposition (not without the article), most literal
     * first: والعراق → [والعراق, العراق]; وبموسكو → [وبموسكو, بموسكو, موسكو]; للعراق → [للعراق, العراق].
     */
    public static List<String> readings(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String a = w;
        if (isConjunction(w)) {
            a = w.substring(1);
            out.add(a);
        }
        addPrepositionStripped(a, out);
        if (a != w) {
            addPrepositionStripped(w, out);
        }
        return out;
    }

    private static void addPrepositionStripped(String a, List<String> out) {
        if (a.length() > MIN_STEM + 1 && a.charAt(0) == LAM && a.charAt(1) == LAM) {
            String s = ALEF + a.substring(1);
            if (!out.contains(s)) {
                out.add(s);
            }
        } else if (a.length() > MIN_STEM && (a.charAt(0) == BEH || a.charAt(0) == LAM || a.charAt(0) == KAF)) {
            String s = a.substring(1);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
    }

    private static boolean isConjunction(String w) {
        return w.length() > MIN_STEM && (w.charAt(0) == WAW || w.charAt(0) == FEH);
    }

    /** The word without any proclitic or article: والعراق → عراق. Used as a generalising feature. */
    public static String stem(String w) {
        int i = 0;
        int n = w.length();
        if (n - i > MIN_STEM + 1 && (w.charAt(i) == WAW || w.charAt(i) == FEH)) {
            i++;
        }
        if (n - i > MIN_STEM + 2 && w.charAt(i) == LAM && w.charAt(i + 1) == LAM) {
            i += 2;
        } else if (n - i > MIN_STEM + 1 && (w.charAt(i) == BEH || w.charAt(i) == LAM || w.charAt(i) == KAF)) {
            i++;
        }
        if (n - i > MIN_STEM + 2 && w.charAt(i) == ALEF && w.charAt(i + 1) == LAM) {
            i += 2;
        }
        return i == 0 ? w : w.substring(i);
    }

    /** A small code for the proclitics present: bit 0 conjunction, bit 1 preposition, bit 2 article. */
    public static int pattern(String w) {
        int code = 0;
        int i = 0;
        int n = w.length();
        if (n - i > MIN_STEM + 1 && (w.charAt(i) == WAW || w.charAt(i) == FEH)) {
            code |= 1;
            i++;
        }
        if (n - i > MIN_STEM + 2 && w.charAt(i) == LAM && w.charAt(i + 1) == LAM) {
            return code | 6;
        }
        if (n - i > MIN_STEM + 1 && (w.charAt(i) == BEH || w.charAt(i) == LAM || w.charAt(i) == KAF)) {
            code |= 2;
            i++;
        }
        if (n - i > MIN_STEM + 2 && w.charAt(i) == ALEF && w.charAt(i + 1) == LAM) {
            code |= 4;
        }
        return code;
    }
}
