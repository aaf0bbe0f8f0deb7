package org.sahifa.text.analysis;

/**
 * The terms of the name field: {@code key|surface}, where {@code key} is the {@link org.sahifa.text.NameKey}
 * of the normalised {@code surface} (one word, a word without its proclitic, or two adjacent words joined by a
 * space). All spellings of a name share the prefix {@code key|}, so the candidates for a name are one prefix
 * scan of the terms dictionary; {@link org.sahifa.text.NameMatcher} then keeps the real variants.
 */
public final class NameKeyTerms {

    /** Separates the key from the surface form. */
    public static final char SEPARATOR = '|';

    private NameKeyTerms() {
    }

    /** The term for {@code surface} with key {@code key}. */
    public static String term(String key, String surface) {
        return key + SEPARATOR + surface;
    }

    /** The prefix shared by every term of {@code key}. */
    public static String prefix(String key) {
        return key + SEPARATOR;
    }

    /** The key of a term. */
    public static String key(String term) {
        int i = term.indexOf(SEPARATOR);
        return i < 0 ? term : term.substring(0, i);
    }

    /** The normalised surface form of a term. */
    public static String surface(String term) {
        int i = term.indexOf(SEPARATOR);
        return i < 0 ? "" : term.substring(i + 1);
    }
}
