package org.sahifa.entities.recognize;

import java.util.Map;

/**
 * An immutable table from words to ints for the recogniser's word lists, looked up when a word is first met
 * ({@link Features}' per-word cache misses): most of those look-ups are of words the list does not hold. The JDK's
 * {@code Set.copyOf} and {@code Map.copyOf} tables compare the probed word with every word met on the way, and each of
 * those is a string elsewhere in memory (a cache miss each, 2–3 per absent word); this table keeps a 32-bit
 * fingerprint of each word's hash in one array and reads a word only when its fingerprint matches, so an absent word
 * usually costs one read of that array. Answers are exactly those of a {@link Map}: a fingerprint only selects the
 * words compared with {@link String#equals}. Thread-safe.
 */
final class WordTable {

    private final int[] prints;
    private final String[] words;
    private final int[] values;
    private final int mask;
    private int size;

    /** A table holding each key of {@code entries} with its value. */
    WordTable(Map<String, Integer> entries) {
        this(entries.size());
        entries.forEach(this::put);
    }

    /** A table of the words, each with the value 1 (a set: {@link #contains}). */
    static WordTable of(java.util.Collection<String> words) {
        WordTable t = new WordTable(words.size());
        for (String w : words) {
            t.put(w, 1);
        }
        return t;
    }

    private WordTable(int expected) {
        int cap = 4;
        while (expected > cap / 2) { // at most half full: short probes
            cap <<= 1;
        }
        prints = new int[cap];
        words = new String[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    /** Adds the word with its value (a word already held takes the new value); only while the table is built. */
    private void put(String word, int value) {
        long h = hash(word);
        int s = (int) h & mask;
        while (words[s] != null && !words[s].equals(word)) {
            s = (s + 1) & mask;
        }
        if (words[s] == null) {
            size++;
        }
        prints[s] = print(h);
        words[s] = word;
        values[s] = value;
    }

    /** The number of words. */
    int size() {
        return size;
    }

    /** True when the table holds {@code word}. */
    boolean contains(String word) {
        return slot(word) >= 0;
    }

    /** The value of {@code word}, or {@code absent} when the table does not hold it. */
    int get(String word, int absent) {
        int s = slot(word);
        return s < 0 ? absent : values[s];
    }

    /** {@link #contains} of the word {@code text[from, to)}, without building that string. */
    boolean contains(String text, int from, int to) {
        return contains(text, from, to, NO_CHAR);
    }

    /** {@link #contains} of the word {@code text[from, to)} followed by {@code last}, without building that string. */
    boolean contains(String text, int from, int to, char last) {
        int n = to - from + (last == NO_CHAR ? 0 : 1);
        long h = hash(text, from, to, last);
        int p = print(h);
        int s = (int) h & mask;
        String w;
        while ((w = words[s]) != null) {
            if (prints[s] == p && w.length() == n && w.regionMatches(0, text, from, to - from)
                    && (last == NO_CHAR || w.charAt(n - 1) == last)) {
                return true;
            }
            s = (s + 1) & mask;
        }
        return false;
    }

    /** No last character ({@link #contains(String, int, int, char)}): U+FFFF, a noncharacter no list holds. */
    private static final char NO_CHAR = '\uFFFF';

    private int slot(String word) {
        long h = hash(word);
        int p = print(h);
        int s = (int) h & mask;
        String w;
        while ((w = words[s]) != null) {
            if (prints[s] == p && w.equals(word)) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    private static int print(long h) {
        return (int) (h >>> 32);
    }

    private static long hash(String w) {
        return hash(w, 0, w.length(), NO_CHAR);
    }

    /**
     * A 64-bit hash of {@code text[from, to)} followed by {@code last} (unless it is {@link #NO_CHAR}): the low bits
     * pick the slot, the high ones are the fingerprint.
     */
    private static long hash(String text, int from, int to, char last) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        if (last != NO_CHAR) {
            h = (h ^ last) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
