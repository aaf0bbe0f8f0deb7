package org.sahifa.search;

/**
 * Two typed Arabic words searched as one name: a two-word name of the lists or the library (with its second word's
 * final hamza written otherwise, {@link SecondWordHamza}), or a definite noun and its definite nisba adjective
 * (decision 0163): «الحشد الشعبي», «الحرس الثوري»; or a noun and a definite word after it ({@link ConstructPhrase},
 * decision 0198). A noun and the adjective agreeing with it after it are one noun
 * phrase, the name of one thing; apart, each word is in many other phrases (حشد … الشعبية) and their stems in more.
 * Searched as a name is (not stemmed, the first word behind proclitics; decision 0141). Thread-safe; no instances.
 */
final class DefiniteNounPhrase {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest letters of the noun after the article. */
    private static final int MIN_NOUN = 3;

    /** {@code -Dsahifa.search.nounPhrases=false} leaves the noun phrases out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.nounPhrases"));

    private DefiniteNounPhrase() {
    }

    /** True when the two normalised words typed together are one name. */
    static boolean isOneName(String first, String second, NameWords names) {
        return SecondWordHamza.isTwoWordName(first, second, names) || isNounAndAdjective(first, second)
                || isNounAndName(first, second, names) || ConstructPhrase.isOneName(first, second, names);
    }

    /** {@code -Dsahifa.search.nounAndName=false} leaves out {@link #isNounAndName} (decision 0177). */
    static final boolean NOUN_AND_NAME = !"false".equals(System.getProperty("sahifa.search.nounAndName"));

    /**
     * A definite noun that is no name, then a definite word the library reads as a name (decision 0177): «المسجد
     * الحرام», the recogniser tagging «الحرام» after its head. A name behind the article after a definite noun typed
     * with it is that noun's name (its epithet); found apart, the words are in other phrases (الحرام … مسجد). Two
     * names typed together (الهلال النصر) are not this: the first word is a name.
     */
    static boolean isNounAndName(String first, String second, NameWords names) {
        return ENABLED && NOUN_AND_NAME && first.startsWith(ARTICLE) && first.length() >= ARTICLE.length() + MIN_NOUN
                && second.startsWith(ARTICLE) && second.length() >= ARTICLE.length() + MIN_NOUN
                && first.indexOf(' ') < 0 && second.indexOf(' ') < 0 && !NameForms.isLatin(first)
                && !NameForms.isLatin(second) && !names.readsAsName(first) && names.isName(second);
    }

    /** A definite noun (ال and at least three letters) then a definite nisba adjective (الشعبي, الدولية). */
    static boolean isNounAndAdjective(String first, String second) {
        return ENABLED && first.startsWith(ARTICLE) && first.length() >= ARTICLE.length() + MIN_NOUN
                && first.indexOf(' ') < 0 && second.indexOf(' ') < 0 && !NameForms.isLatin(first)
                && !NameForms.isLatin(second) && NameForms.isArticleNisba(second);
    }
}
