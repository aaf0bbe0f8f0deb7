package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

/**
 * A typed Arabic word read with the article added or dropped, by how the library writes the two (decision 0199).
 * Arabic has no capitals: whether «العايد» and «عايد», «الإمام» and «أمام», «الخريجي» and «خريجي» are one name or
 * a name and another word shows in how often each is written with the article:
 * <ul>
 *   <li>A typed word with the article reaches its reading without it (the name field holds every word also without
 *       its proclitics and article) only when the library writes that reading mostly with the article too: then it is
 *       the same definite name (الكنيست / «كنيست»). A reading written mostly without the article is a word or name of
 *       its own (عايد, a given name, for the family name العايد; أمام, "in front of", for الإمام).</li>
 *   <li>A typed word without the article whose form with it is a name of the library (tagged by the recogniser: the
 *       family name «الخريجي») is read as that name, typed without its article, and not stemmed: its stem's words
 *       («الخريجين», «خريج») are another word's forms; its name tier and clitic forms are the name's with the article
 *       («والخريجي»), not the typed word's behind proclitics when it is a dictionary word («لخريجي»).</li>
 * </ul>
 * Read from {@link NameWords#articleCount} and the name statistics, which the archive already shares (decision 0124):
 * no new statistic, no per-query scan. Thread-safe; no instances.
 */
final class ArticleReadings {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest letters of a word without the article. */
    private static final int MIN_LETTERS = 3;

    /** {@code -Dsahifa.search.articleReadings=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.articleReadings"));

    private ArticleReadings() {
    }

    /**
     * True when {@code reading}, the normalised typed {@code word} without its article (and any proclitic before it),
     * is another word: the library writes it without the article in at least half the articles holding it.
     */
    static boolean droppedArticleIsAnother(String word, String reading, NameWords names) {
        if (!ENABLED || reading.startsWith(ARTICLE) || !word.endsWith(ARTICLE + reading)
                || reading.length() < MIN_LETTERS || NameForms.isLatin(reading)) {
            return false;
        }
        long all = names.articleCount(reading);
        return all > 0 && 2 * names.articleCount(ARTICLE + reading) <= all;
    }

    /**
     * The name the normalised typed word is, written with its article ({@link #isNameWithoutArticle}), or null. The
     * typed spelling is still found as written (the exact tier); the name tier and the clitic forms are the name's
     * (والخريجي, للخريجي), not the typed word's behind proclitics («لخريجي», "for the graduates of").
     */
    static String definiteName(String typed, NameWords names) {
        return isNameWithoutArticle(typed, names) ? ARTICLE + typed : null;
    }

    /**
     * The forms whose name tier a name typed without its article is searched by: the name with the article, and the
     * typed word's own {@code forms} (behind proclitics) only when the typed spelling is no dictionary word: a foreign
     * name the press writes both ways («يوتيوب», «اليوتيوب») keeps «ليوتيوب»; «لخريجي» is "for the graduates of".
     */
    static java.util.List<String> nameForms(String typed, String definite, java.util.List<String> forms) {
        if (NameWords.isCommonWord(typed)) {
            return java.util.List.of(definite);
        }
        java.util.List<String> out = new java.util.ArrayList<>(forms);
        if (!out.contains(definite)) {
            out.add(definite);
        }
        return out;
    }

    /**
     * True when the normalised typed word, one Arabic word without the article and no function word, is a name of
     * the library written without its article: its form with the article is a name ({@link NameWords#isName}).
     */
    static boolean isNameWithoutArticle(String typed, NameWords names) {
        return ENABLED && !typed.startsWith(ARTICLE) && typed.indexOf(' ') < 0 && typed.length() >= MIN_LETTERS
                && !NameForms.isLatin(typed) && !ArabicStopwords.contains(typed) && names.isName(ARTICLE + typed);
    }
}
