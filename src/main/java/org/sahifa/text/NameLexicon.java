package org.sahifa.text;

import java.util.Collection;

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

    /**
     * True when {@code buffer[offset, offset + length)} is a known name. Analyzers call this on their term
     * buffers; the default copies the chars into a String, {@link #of(Collection)} looks them up in place.
     */
    default boolean isName(char[] buffer, int offset, int length) {
        return isName(new String(buffer, offset, length));
    }

    /** A lexicon of the given words (normalised here, so any spelling of the input works). */
    static NameLexicon of(Collection<String> names) {
        java.util.List<String> normalized = new java.util.ArrayList<>(names.size());
        for (String n : names) {
            String norm = ArabicNormalizer.normalize(n).strip();
            if (!norm.isEmpty()) {
                normalized.add(norm);
            }
        }
        WordSet set = new WordSet(normalized);
        return new NameLexicon() {
            @Override
            public boolean isName(String normalizedWord) {
                return set.contains(normalizedWord);
            }

            @Override
            public boolean isName(char[] buffer, int offset, int length) {
                return set.contains(buffer, offset, length);
            }
        };
    }

    /** A lexicon that knows the names of this one or of {@code other}. */
    default NameLexicon or(NameLexicon other) {
        NameLexicon self = this;
        return new NameLexicon() {
            @Override
            public boolean isName(String normalizedWord) {
                return self.isName(normalizedWord) || other.isName(normalizedWord);
            }

            @Override
            public boolean isName(char[] buffer, int offset, int length) {
                return self.isName(buffer, offset, length) || other.isName(buffer, offset, length);
            }
        };
    }
}
