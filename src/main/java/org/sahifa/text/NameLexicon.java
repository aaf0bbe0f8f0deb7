package org.sahifa.text;

import java.util.Collection;
import java.util.Set;

/**
 * Words known to be proper names, asked with their normalised form ({@link ArabicNormalizer#normalize}).
 * The stemmer does not stem a name; the entities layer supplies the lexicon from its gazetteers.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NameLexicon {

    /** The lexicon that knows no names. */
    NameLexicon NONE = word -> false;

    /** True when {@code normalizedWord} is a known name. */
    boolean isName(String normalizedWord);

    /** A lexicon of the given words (normalised here, so any spelling of the input works). */
    static NameLexicon of(Collection<String> names) {
        Set<String> set = new java.util.HashSet<>();
        for (String n : names) {
            String norm = ArabicNormalizer.normalize(n).strip();
            if (!norm.isEmpty()) {
                set.add(norm);
            }
        }
        Set<String> frozen = Set.copyOf(set);
        return frozen::contains;
    }

    /** A lexicon that knows the names of this one or of {@code other}. */
    default NameLexicon or(NameLexicon other) {
        return word -> isName(word) || other.isName(word);
    }
}
