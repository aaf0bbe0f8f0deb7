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
        for (int i = CLITIC_PREFIXES.length - 1; i >= 0; i--) {
            String p = CLITIC_PREFIXES[i];
            if (len - p.length() >= 2 && startsWith(s, len, p) && names.isName(s, p.length(), len - p.length())) {
                return p.length();
            }
        }
        return 0;
    }

    private static int delete(char[] s, int len, int prefix) {
        if (prefix > 0) {
            System.arraycopy(s, prefix, s, 0, len - prefix);
        }
        return len - prefix;
    }

    private static boolean startsWith(char[] s, int len, String p) {
        if (p.length() > len) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (s[i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] s, int off, int len, String p) {
        if (p.length() > len) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (s[off + i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] s, int len, String p) {
        int pl = p.length();
        if (pl > len) {
            return false;
        }
        for (int i = 0; i < pl; i++) {
            if (s[len - pl + i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int prefixLength(char[] w, int len) {
        for (String p : ARTICLE_PREFIXES) {
            if (len - p.length() >= 3 && startsWith(w, len, p)) {
                return p.length();
            }
        }
        char c = w[0];
        if ((c == WAW || c == FEH) && len >= 4) {
            for (String p : ARTICLE_PREFIXES) {
                if (len - 1 - p.length() >= 3 && startsWith(w, 1, len - 1, p)) {
                    return 1 + p.length(); // وللحكومه → حكومه
                }
            }
            if (c == WAW) {
                return 1;
            }
        }
        return 0;
    }

    private static int suffixLength(char[] s, int len) {
        for (String suf : LONG_SUFFIXES) {
            if (len - suf.length() >= 4 && endsWith(s, len, suf)) {
                return suf.length();
            }
        }
        for (String suf : SHORT_SUFFIXES) {
            if (len - suf.length() >= 3 && endsWith(s, len, suf)) {
                return suf.length();
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
     * ({@code الهام} stays whole). At most two forms.
     */
    public String[] withoutProclitics(String word) {
        if (word.length() < 4 || !isArabicWord(word)) {
            return new String[0];
        }
        String name = nameAfterClitic(word);
        if (name != null) {
            return new String[] {name};
        }
        if (names.isName(word)) {
            return new String[0];
        }
        String first = null;
        String second = null;
        for (String p : CLITIC_PREFIXES) {
            if (word.length() - p.length() >= 3 && word.startsWith(p)) {
                String rest = word.substring(p.length());
                if (first == null) {
                    first = rest;
                } else if (!rest.equals(first)) {
                    second = rest;
                    break;
                }
            }
        }
        if (first == null) {
            return new String[0];
        }
        return second == null ? new String[] {first} : new String[] {first, second};
    }

    private static boolean isArabicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isArabicLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
