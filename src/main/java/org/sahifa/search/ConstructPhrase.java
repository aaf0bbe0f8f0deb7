package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

/**
 * Two typed Arabic words that are one noun phrase by their grammar (decision 0198): a noun that is no name followed
 * by a definite word — a construct (iḍāfa: «جامعة الإمام», «قصر الحكم», «قوات الطوارئ», the first word without the
 * article) or a definite noun and the definite word agreeing with it («الجيش الحر», «الطوارئ الخاصة»); the second
 * word also behind one preposition or the conjunction before its article («الأمر بالمعروف», «للبترول», «والقروية»). A
 * noun before a definite word typed with it names one thing with it; searched apart, each word is in many other
 * phrases («أمام جامعة», «حكم … قصر») and their stems in more. Searched as a two-word name is (decisions 0140–0142:
 * a phrase, unstemmed, the first word also behind proclitics), but the second word keeps its article: only a name
 * the lists or the library give as two words drops it («ولد شيخ»). A first word the library reads as a name is left
 * to the name rules (الهلال النصر, two names; كوريا الشمالية), but for a dictionary word without the article that
 * heads names without being a strong name itself ({@link #isHeadNoun}: «جامعة»). Thread-safe; no instances.
 */
final class ConstructPhrase {

    private static final String ARTICLE = "\u0627\u0644";
    /** The prefixes a definite second word is written with: the article, behind one preposition or و / ف, or لل. */
    private static final String[] DEFINITE = {ARTICLE, "\u0628" + ARTICLE, "\u0643" + ARTICLE, "\u0648" + ARTICLE,
        "\u0641" + ARTICLE, "\u0644\u0644"};
    /** Fewest letters of each noun (after the article). */
    private static final int MIN_NOUN = 3;

    /** {@code -Dsahifa.search.constructPhrases=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.constructPhrases"));

    private ConstructPhrase() {
    }

    /** True when the two normalised words typed together are a noun and a definite word after it. */
    static boolean isOneName(String first, String second, NameWords names) {
        return ENABLED && isNoun(first) && isDefinite(second) && !NameForms.isLatin(first)
                && !NameForms.isLatin(second) && (!names.readsAsName(first) || isHeadNoun(first, names));
    }

    /**
     * True when a word the library reads as a name is still a noun heading a construct: a dictionary word without
     * the article that is no strong name (tagged in under half its articles: «جامعة», tagged inside «جامعة الملك سعود»
     * in 997 of its 2,036 articles) and no country («مصر», «قطر» are words too): two names typed together (إيران
     * السعودية, حلب الرقة) are left as they were.
     */
    private static boolean isHeadNoun(String first, NameWords names) {
        return !first.startsWith(ARTICLE) && NameWords.isCommonWord(first) && !names.isStrongName(first)
                && !names.lexicon().isCountrySpelling(first);
    }

    /**
     * True when three or more typed words are one noun phrase: each neighbouring pair one name together
     * ({@link DefiniteNounPhrase#isOneName}): «قوات الطوارئ الخاصة», «هيئة الأمر بالمعروف».
     */
    static boolean isChain(java.util.List<String> words, NameWords names) {
        if (!ENABLED || words.size() < 3) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!DefiniteNounPhrase.isOneName(words.get(i), words.get(i + 1), names)) {
                return false;
            }
        }
        return true;
    }

    /** A word of at least three letters (after the article), no function word. */
    private static boolean isNoun(String w) {
        String bare = w.startsWith(ARTICLE) ? w.substring(ARTICLE.length()) : w;
        return w.indexOf(' ') < 0 && bare.length() >= MIN_NOUN && !ArabicStopwords.contains(w);
    }

    /** A definite word: the article and at least three letters, also behind one proclitic. */
    static boolean isDefinite(String w) {
        if (w.indexOf(' ') >= 0) {
            return false;
        }
        for (String p : DEFINITE) {
            if (w.startsWith(p) && w.length() >= p.length() + MIN_NOUN) {
                return true;
            }
        }
        return false;
    }
}
