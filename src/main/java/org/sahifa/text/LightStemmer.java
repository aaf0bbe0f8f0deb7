package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

/**
 * A light stemmer for normalised Arabic words in the Light10 tradition (Larkey et al.), with clitic awareness
 * and names protected. Rules, in order:
 *
 * <ol>
 * <li><b>Names are kept whole.</b> A word the {@link NameLexicon} knows is returned as it is
 *     ({@code بوتين}, {@code واشنطن}, {@code الهام}); so is a function word ({@link ArabicStopwords}).
 *     The dual ان is never removed: it ends far more place names (اذربيجان, افغانستان) than duals.</li>
 * <li><b>A clitic before a name is removed, the name is kept.</b> When removing a proclitic
 *     (و ف ب ل ك ال وال بال كال فال لل وب ول وك فب فل ...) leaves a known name, that name is the stem:
 *     {@code وبوتين → بوتين}, {@code لروسيا → روسيا}, {@code والكرملين → الكرملين} when الكرملين is the
 *     known form (otherwise كرملين if that is known).</li>
 * <li><b>Otherwise a prefix</b>: one of ال وال بال كال فال لل when at least three letters remain
 *     ({@code والحكومه → حكومه}); else و or ف followed by one of those ({@code وللحكومه → حكومه}); else و
 *     before at least three letters. A lone ب ل ك ف is not removed (بعدما, لبنان, كابل, فرنسا).</li>
 * <li><b>Then suffixes</b> ات ون ين ها هم هن كم كن نا يه ه ي (at most two, each time the first that fits):
 *     the plural endings ات ون ين only when at least four letters remain
 *     ({@code حكومات → حكوم}, but {@code بوتين} stays), the others when at least three remain.</li>
 * </ol>
 * The stem is a matching key, not a dictionary form. Thread-safe.
 */
public final class LightStemmer {

    private static final String[] ARTICLE_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
    private static final String[] CLITIC_PREFIXES = {"وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
        "لل", "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"};
    private static final String[] LONG_SUFFIXES = {"ات", "ون", "ين"};
    private static final String[] SHORT_SUFFIXES = {"ها", "هم", "هن", "كم", "كن", "نا", "يه", "ه", "ي"};

    /** CLITIC_PREFIXES by first letter, shortest first, as char arrays (the hot path reads these). */
    private static final char[][][] CLITICS_BY_FIRST = new char[0x700][][];
    private static final char[][] ARTICLES = toChars(ARTICLE_PREFIXES);
    private static final char[][] CLITICS = toChars(CLITIC_PREFIXES);
    private static final char[][] LONG = toChars(LONG_SUFFIXES);
    private static final char[][] SHORT = toChars(SHORT_SUFFIXES);

    static {
        java.util.Map<Character, java.util.List<char[]>> byFirst = new java.util.TreeMap<>();
        for (int i = CLITIC_PREFIXES.length - 1; i >= 0; i--) {
            String p = CLITIC_PREFIXES[i];
            byFirst.computeIfAbsent(p.charAt(0), k -> new java.util.ArrayList<>()).add(p.toCharArray());
        }
        byFirst.forEach((c, list) -> CLITICS_BY_FIRST[c] = list.toArray(new char[0][]));
    }

    private static char[][] toChars(String[] strings) {
        char[][] out = new char[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            out[i] = strings[i].toCharArray();
        }
        return out;
    }

    private final NameLexicon names;

    /** A stemmer that protects the names {@code names} knows. */
    public LightStemmer(NameLexicon names) {
        this.names = names == null ? NameLexicon.NONE : names;
    }

    /** The stem of a normalised word. */
    public String stem(String word) {
        char[] buf = word.toCharArray();
        int n = stem(buf, buf.length);
        return n == buf.length ? word : new String(buf, 0, n);
    }

    /**
     * Stems the normalised word {@code buffer[0, length)} in place and returns the stem's length (the stem
     * starts at index 0). No allocation: for analyzers.
     */
    public int stem(char[] buffer, int length) {
        if (length < 3 || names.isName(buffer, 0, length) || ArabicStopwords.contains(buffer, 0, length)) {
            return length;
        }
        int clitic = cliticBeforeName(buffer, length);
        if (clitic > 0) {
            return delete(buffer, length, clitic);
        }
        if (!isArabicWord(buffer, length)) {
            return length;
        }
        int n = delete(buffer, length, prefixLength(buffer, length));
        for (int round = 0; round < 2; round++) {
            int cut = suffixLength(buffer, n);
            if (cut == 0) {
                break;
            }
            n -= cut;
        }
        return n;
    }

    /** Length of the shortest proclitic whose removal leaves a known name, or 0. */
    private int cliticBeforeName(char[] s, int len) {
        char c = s[0];
        char[][] candidates = c < CLITICS_BY_FIRST.length ? CLITICS_BY_FIRST[c] : null;
        if (candidates == null) {
            return 0;
        }
        for (char[] p : candidates) {
            if (len - p.length >= 2 && startsWith(s, 0, len, p) && names.isName(s, p.length, len - p.length)) {
                return p.length;
            }
        }
        return 0;
    }

    /**
     * When the proclitic {@code clitic} that leaves a given name is two clitics, the length of the outer one alone:
     * the reading that keeps the article or the word's own first letter ({@code والهند} is و + {@code الهند} as well
     * as وال + the given name هند; {@code ولبنان} is و + {@code لبنان} as well as ول + بنان), so that the name
     * index knows the place as it knows a word that is no given name. The conjunction/preposition before an article
     * ({@code وال بال كال فال وبال وكال}) or a conjunction before one letter ({@code ول وب وك فل فب فك}); 0 when the
     * clitic is one letter, the article alone, or ends in لل (its outer reading is no word), or when fewer than three
     * letters would remain.
     */
    private static int outerClitic(char[] w, int length, int clitic) {
        if (clitic < 2 || w[clitic - 1] == LAM && w[clitic - 2] == LAM) {
            return 0;
        }
        int outer = w[clitic - 1] == LAM && w[clitic - 2] == ALEF ? clitic - 2 : 1;
        if (outer == 0 || length - outer < 3) {
            return 0;
        }
        return outer;
    }

    /** Every proclitic starts with one of و ف ب ل ك ا. */
    private static boolean startsLikeAClitic(char c) {
        return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == ALEF;
    }

    private static int delete(char[] s, int len, int prefix) {
        if (prefix > 0) {
            System.arraycopy(s, prefix, s, 0, len - prefix);
        }
        return len - prefix;
    }

    private static boolean startsWith(char[] s, int off, int len, char[] p) {
        if (p.length > len) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (s[off + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] s, int len, char[] p) {
        int pl = p.length;
        if (pl > len) {
            return false;
        }
        for (int i = 0; i < pl; i++) {
            if (s[len - pl + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static int prefixLength(char[] w, int len) {
        char c = w[0];
        if (c != ALEF && c != WAW && c != BEH && c != KAF && c != FEH && c != LAM) {
            return 0;
        }
        for (char[] p : ARTICLES) {
            if (len - p.length >= 3 && startsWith(w, 0, len, p)) {
                return p.length;
            }
        }
        if ((c == WAW || c == FEH) && len >= 4) {
            for (char[] p : ARTICLES) {
                if (len - 1 - p.length >= 3 && startsWith(w, 1, len - 1, p)) {
                    return 1 + p.length; // وللحكومه → حكومه
                }
            }
            if (c == WAW) {
                return 1;
            }
        }
        return 0;
    }

    private static int suffixLength(char[] s, int len) {
        char last = s[len - 1];
        if (last != TEH && last != NOON && last != ALEF && last != MEEM && last != HEH && last != YEH) {
            return 0; // no suffix ends otherwise
        }
        for (char[] suf : LONG) {
            if (len - suf.length >= 4 && endsWith(s, len, suf)) {
                return suf.length;
            }
        }
        for (char[] suf : SHORT) {
            if (len - suf.length >= 3 && endsWith(s, len, suf)) {
                return suf.length;
            }
        }
        return 0;
    }

    private static boolean isArabicWord(char[] w, int len) {
        for (int i = 0; i < len; i++) {
            if (!isArabicLetter(w[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The known name left after removing a proclitic from {@code word} (وبوتين → بوتين), or {@code null}
     * when no proclitic removal leaves a known name. The longest remainder wins.
     */
    public String nameAfterClitic(String word) {
        for (int i = CLITIC_PREFIXES.length - 1; i >= 0; i--) {
            String p = CLITIC_PREFIXES[i];
            // shortest prefix first: والكرملين → الكرملين before كرملين
            if (word.length() - p.length() >= 2 && word.startsWith(p)) {
                String rest = word.substring(p.length());
                if (names.isName(rest)) {
                    return rest;
                }
            }
        }
        return null;
    }

    /**
     * The forms of {@code word} without its proclitics that the name index should also know: the word after
     * removing each proclitic that leaves at least three letters ({@code وكاراباخ → كاراباخ},
     * {@code الكرملين → كرملين}). A known name is not split unless the remainder is a known name too
     * ({@code الهام} stays whole); when the clitic that leaves a name is two clitics, the word after the outer one as
     * well ({@code والهند → الهند, هند}). At most two forms, longest first.
     */
    public String[] withoutProclitics(String word) {
        int packed = procliticLengths(word.toCharArray(), word.length());
        int p1 = packed & 0xFF;
        int p2 = packed >>> 8 & 0xFF;
        if (p1 == 0) {
            return new String[0];
        }
        return p2 == 0 ? new String[] {word.substring(p1)} : new String[] {word.substring(p1), word.substring(p2)};
    }

    /**
     * {@link #withoutProclitics(String)} without allocation: the lengths of the proclitics to remove from
     * {@code word[0, length)}, the first in bits 0–7 and the second in bits 8–15 (0 = none).
     */
    public int procliticLengths(char[] word, int length) {
        if (length < 4 || !isArabicWord(word, length)) {
            return 0;
        }
        int clitic = cliticBeforeName(word, length);
        if (clitic > 0) {
            int outer = outerClitic(word, length, clitic);
            return outer == 0 ? clitic : outer | clitic << 8;
        }
        if (names.isName(word, 0, length)) {
            return 0;
        }
        if (!startsLikeAClitic(word[0])) {
            return 0;
        }
        int first = 0;
        for (char[] p : CLITICS) {
            int pl = p.length;
            if (length - pl >= 3 && pl != first && startsWith(word, 0, length, p)) {
                if (first == 0) {
                    first = pl;
                } else {
                    return first | pl << 8;
                }
            }
        }
        return first;
    }

}
