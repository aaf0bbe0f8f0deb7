package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

import java.util.List;

/**
 * A nisba and its base are two words (decision 0224). A nisba adds ي to its base (سعد → السعدي, نقل → نقلي, الحارث →
 * الحارثي), and its own inflections keep that ي (السعديين, السعدية, البعثيون): no form of the nisba takes the typed ي
 * away. The base is another word or another name: the given name «سعد» for the family name «السعدي», the verbal noun
 * «نقل» ("transport") for the family name «نقلي», the party «البعث» for its adjective «البعثي». Two paths reached it:
 * <ul>
 *   <li>the letters: a final ي is a vowel letter to {@link NameMatcher}, so the base is a letter variant of the
 *       nisba (السعدي / «السعد», and «سعد» by the reading «سعدي» without the article) — {@link #isBaseOf} leaves
 *       it out in {@code QueryCompiler.variants};</li>
 *   <li>the stem: the light stemmer takes a final ي as the pronoun "my" (نقلي → نقل, مخلفي → مخلف), and the stem
 *       tier then reaches the base's every form (النقل, مخلفات) — {@link #stemmedToBase} says the typed word is
 *       searched as a name is (not stemmed).</li>
 * </ul>
 * A country typed keeps its nisba forms (البرازيل → البرازيلي): that is the other direction, adding the ي. Thread-safe;
 * no instances.
 */
final class NisbaBases {

    private static final String ARTICLE = "\u0627\u0644";
    private static final char YEH = '\u064A';
    /** Fewest letters of the base (after any article). */
    static final int MIN_BASE = 3;

    /** {@code -Dsahifa.search.nisbaBases=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.nisbaBases"));

    private NisbaBases() {
    }

    /**
     * The base of a normalised Arabic word in nisba form — the word without any article and without its final ي,
     * at least {@value #MIN_BASE} letters, no function word — or null.
     */
    static String base(String word) {
        if (word.indexOf(' ') >= 0 || NameForms.isLatin(word)) {
            return null;
        }
        String bare = withoutArticle(word);
        int n = bare.length();
        if (n - 1 < MIN_BASE || bare.charAt(n - 1) != YEH) {
            return null;
        }
        String base = bare.substring(0, n - 1);
        return ArabicStopwords.contains(base) ? null : base;
    }

    /**
     * True when the indexed spelling {@code surface} (one word, with or without the article) is the base of the
     * normalised typed nisba {@code typed}: «السعد», «سعد» for «السعدي»; «الحارث» for «الحارثي».
     */
    static boolean isBaseOf(String typed, String surface) {
        if (!ENABLED || surface.indexOf(' ') >= 0) {
            return false;
        }
        String base = base(typed);
        return base != null && withoutArticle(surface).equals(base);
    }

    /**
     * True when the stems of the normalised typed word ({@code stems}, the stem field's terms of it) are its nisba
     * base alone: the stemmer took the nisba's ي away (نقلي → «نقل», مخلفي → «مخلف»).
     */
    static boolean stemmedToBase(String typed, List<String> stems) {
        if (!ENABLED || stems.size() != 1) {
            return false;
        }
        String base = base(typed);
        return base != null && withoutArticle(stems.get(0)).equals(base);
    }

    private static String withoutArticle(String w) {
        return w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + 1 ? w.substring(ARTICLE.length()) : w;
    }
}
