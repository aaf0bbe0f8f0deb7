package org.sahifa.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One-word spellings of a listed country that the world-cities list does not write on their own (decision 0161): a
 * country the list writes with the article, written without it (الإكوادور → «إكوادور»), and each half of a country
 * named by two places joined by و (البوسنة والهرسك → البوسنة, الهرسك). Each is that country, so it takes the
 * country's adjective forms ({@link NameForms}: البوسني, الإكوادوري) as a listed country does. A spelling that is a
 * common dictionary word (مغرب of المغرب: «sunset») is left out. Thread-safe; no instances.
 */
final class CountrySpellings {

    private static final String ARTICLE = "\u0627\u0644";
    private static final char WAW = '\u0648';
    /** Fewest letters of a derived spelling. */
    static final int MIN_LETTERS = 4;

    private CountrySpellings() {
    }

    /** The derived spellings of the normalised country names that {@code countries} does not already hold. */
    static Set<String> of(Set<String> countries, Predicate<String> commonWord) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : countries) {
            String[] words = c.split(" ");
            if (words.length == 1 && c.startsWith(ARTICLE)) {
                add(out, c.substring(ARTICLE.length()), countries, commonWord);
            } else if (words.length == 2 && words[1].length() > 1 && words[1].charAt(0) == WAW) {
                add(out, words[0], countries, commonWord);
                add(out, words[1].substring(1), countries, commonWord);
            }
        }
        return out;
    }

    private static void add(Set<String> out, String spelling, Set<String> countries, Predicate<String> commonWord) {
        String bare = spelling.startsWith(ARTICLE) ? spelling.substring(ARTICLE.length()) : spelling;
        if (bare.length() >= MIN_LETTERS && !NameForms.isLatin(spelling) && !countries.contains(spelling)
                && !commonWord.test(spelling)) {
            out.add(spelling);
        }
    }
}
