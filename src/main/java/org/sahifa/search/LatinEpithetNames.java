package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Latin name the library writes with a fixed second word (decision 0138): Medina is «المدينة المنورة», the city
 * with its epithet; the model's spelling alone («المدينة», «the city») is an ordinary word the library writes in
 * thousands of articles about any city. When a spelling the model finds within its margin is no strong name
 * ({@link NameWords#isStrongName}: the library tags it in under half of its articles, المدينة in 887 of 2,394) and the
 * recogniser tags it mostly inside one two-word name that starts with it, a noun and its adjective, both with the
 * article (an epithet; not a person's given name before a family name: كي مون, عز الدين, nor a compound: شبه الجزيرة)
 * (the pair tagged in at least half the articles the word is tagged in, and in at least
 * {@value NameWords#MIN_ARTICLES_FOR_STATISTICS}), that two-word name is a spelling of the Latin word, searched as a
 * phrase as a learned split spelling is. Needs the library's tagged pairs ({@link NameWords#taggedPairsWith}); an
 * archive client, which has only the collection's counts, finds none and searches as before. Thread-safe; no
 * instances.
 */
final class LatinEpithetNames {

    private static final String ARTICLE = "ال";

    private LatinEpithetNames() {
    }

    /**
     * The two-word names that the words among {@code scored} that are no strong names (spellings the model found, with their scores)
     * are mostly tagged in, with the word's score.
     */
    static Map<String, Double> of(NameWords names, Map<String, Double> scored) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (Map.Entry<String, Double> e : scored.entrySet()) {
            String word = e.getKey();
            long tagged = names.taggedCount(word);
            if (word.indexOf(' ') >= 0 || tagged < NameWords.MIN_ARTICLES_FOR_STATISTICS
                    || names.isStrongName(word)) {
                continue;
            }
            for (String pair : pairsStartingWith(names, word)) {
                long n = names.taggedCount(pair);
                if (n >= NameWords.MIN_ARTICLES_FOR_STATISTICS && 2 * n >= tagged) {
                    out.merge(pair, e.getValue(), Math::max);
                }
            }
        }
        return out;
    }

    private static List<String> pairsStartingWith(NameWords names, String word) {
        List<String> out = new ArrayList<>();
        for (String pair : names.taggedPairsWith(word).keySet()) {
            String second = pair.substring(pair.indexOf(' ') + 1);
            if (pair.startsWith(word + " ") && second.length() >= 3 && !ArabicStopwords.contains(second)
                    && word.startsWith(ARTICLE) && second.startsWith(ARTICLE)) {
                out.add(pair);
            }
        }
        return out;
    }
}
