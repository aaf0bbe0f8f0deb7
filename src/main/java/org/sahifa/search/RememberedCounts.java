package org.sahifa.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * A count per word that cannot change while it is asked (the article count of a word in one index reader), worked
 * out once per word (decision 0113): a word's article count is a seek in every segment's term dictionary, and one
 * query asks it for the same words many times (each group form, compound and vowel-letter candidate, in the title's
 * and the body's name tier). Bounded: emptied when it holds {@link #MAX_ENTRIES} words. Thread-safe.
 */
final class RememberedCounts implements ToLongFunction<String> {

    /** Words kept (a few dozen bytes each). */
    static final int MAX_ENTRIES = 50_000;

    private final ToLongFunction<String> count;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    private RememberedCounts(ToLongFunction<String> count) {
        this.count = count;
    }

    /**
     * {@code count}, each word's answer remembered; null for null; {@code count} itself when the search's caches are
     * off ({@link VariantCache#ENABLED}: every search then costs what the first one of a new index generation does).
     */
    static ToLongFunction<String> of(ToLongFunction<String> count) {
        return count == null || !VariantCache.ENABLED ? count : new RememberedCounts(count);
    }

    @Override
    public long applyAsLong(String word) {
        Long c = known.get(word);
        if (c == null) {
            c = count.applyAsLong(word);
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            known.put(word, c);
        }
        return c;
    }
}
