package org.sahifa.search;

import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Other spellings of the second word of a typed two-word name, searched only after its first word (decision 0163):
 * <ul>
 *   <li>a written vowel letter more or less behind the article (السوفيتي / السوفياتي / السوفييتي; {@link
 *       SpellingContext#vowelLetterPair} of the words without it), kept when the first word with that spelling is a
 *       name too ({@link NameWords#isTwoWordName}: listed or tagged together, «الاتحاد السوفياتي»). Alone, a word behind
 *       the article is native-looking and never varies by a vowel letter; the first word is the context it lacks,
 *       as for a second word's letter variants (decision 0055);</li>
 *   <li>the other case ending of a plural adjective: -ين / -ون (الإخوان المسلمين / «الإخوان المسلمون»), one word in two
 *       cases; after the name's first word nothing else.</li>
 * </ul>
 * Thread-safe; no instances.
 */
final class CompoundWordSpellings {

    private static final String ARTICLE = "\u0627\u0644";
    private static final String OBLIQUE = "\u064A\u0646";
    private static final String NOMINATIVE = "\u0648\u0646";
    /** Fewest letters before a plural ending, the article left out. */
    private static final int MIN_STEM = 3;

    /** {@code -Dsahifa.search.compoundWords=false} leaves these spellings out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.compoundWords"));

    private CompoundWordSpellings() {
    }

    /**
     * The other spellings of {@code second} (normalised, Arabic) to search after {@code first}, when the two words
     * typed are one name; none otherwise.
     */
    static List<String> of(String first, String second, QueryIndex index) {
        NameWords names = index.names();
        if (!ENABLED || NameForms.isLatin(first) || NameForms.isLatin(second) || second.indexOf(' ') >= 0
                || !names.isTwoWordName(first + ' ' + second)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        String other = otherCase(second);
        if (other != null) {
            out.add(other);
        }
        if (second.startsWith(ARTICLE)) {
            String bare = second.substring(ARTICLE.length());
            String key = NameKey.ofNormalized(second);
            for (String k : key.isEmpty() ? List.<String>of() : NameKey.variantKeys(key)) {
                for (String term : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(k),
                        NameVariants.MAX_CANDIDATES)) {
                    String surface = NameKeyTerms.surface(term);
                    if (!surface.equals(second) && surface.startsWith(ARTICLE) && surface.indexOf(' ') < 0
                            && SpellingContext.vowelLetterPair(bare, surface.substring(ARTICLE.length()))
                            && names.isTwoWordName(first + ' ' + surface)) {
                        out.add(surface);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A plural adjective in its other case: المسلمين ↔ المسلمون; null for another word. */
    static String otherCase(String word) {
        String bare = word.startsWith(ARTICLE) ? word.substring(ARTICLE.length()) : word;
        if (bare.length() < MIN_STEM + 2 || NameForms.isLatin(word)) {
            return null; // الدين is no plural of «د»
        }
        String stem = word.substring(0, word.length() - 2);
        if (word.endsWith(OBLIQUE)) {
            return stem + NOMINATIVE;
        }
        return word.endsWith(NOMINATIVE) ? stem + OBLIQUE : null;
    }
}
