package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

/**
 * A definite family name is not the given name written without its article (decision 0225). Many Saudi family names
 * are a given name or word behind the article (السالم, العايد, السعد), and the stem of the typed family name is the
 * word without the article: the stem tier then reached every «سالم» of the library (the given name; «السالم» typed,
 * 525 results, 104 right). Decision 0214 keeps such a word unstemmed only where the library hardly writes it without
 * the article; a given name is written without it all the time. The library says which it is:
 * the word without the article reads as a name ({@link NameWords#readsAsName}: tagged or listed), and the library
 * writes it without the article in at least half the articles holding it (decision 0199's
 * {@link ArticleReadings#droppedArticleIsAnother}: another name, not this one's reading). Then the typed definite
 * word is a name of its own: searched as a name is (not stemmed; its clitic forms by the name tier and decision
 * 0179's written clitics). A noun (الحكومة / «حكومة») does not read as a name without the article and keeps its stem
 * tier. Two article counts and a name verdict per typed word, remembered per index. Thread-safe; no instances.
 */
final class DefiniteFamilyNames {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest letters of the word without the article. */
    static final int MIN_LETTERS = 3;

    /** {@code -Dsahifa.search.definiteFamilyNames=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.definiteFamilyNames"));

    private DefiniteFamilyNames() {
    }

    /**
     * True when the normalised typed word, one Arabic word with the article ال whose word without it has at least
     * {@value #MIN_LETTERS} letters and is no function word, is a family name distinct from that word: the word
     * without the article reads as a name and the library writes it mostly without the article.
     */
    static boolean isFamilyName(String typed, NameWords names) {
        if (!ENABLED || !typed.startsWith(ARTICLE) || typed.indexOf(' ') >= 0 || NameForms.isLatin(typed)) {
            return false;
        }
        String bare = typed.substring(ARTICLE.length());
        if (bare.length() < MIN_LETTERS || bare.startsWith(ARTICLE) || ArabicStopwords.contains(bare)) {
            return false;
        }
        long all = names.articleCount(bare);
        return all > 0 && 2 * names.articleCount(typed) <= all && names.readsAsName(bare);
    }

    /**
     * True when {@code form} is the normalised typed word without its article and the typed word is a family name
     * distinct from it ({@link #isFamilyName}): «سالم» for «السالم», not a group form of it ({@link GroupForms}).
     */
    static boolean isBareName(String typed, String form, NameWords names) {
        return typed.startsWith(ARTICLE) && form.equals(typed.substring(ARTICLE.length()))
                && isFamilyName(typed, names);
    }
}
