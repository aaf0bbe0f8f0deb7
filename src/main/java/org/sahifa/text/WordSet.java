package org.sahifa.text;

import java.util.Collection;
import org.apache.lucene.analysis.CharArraySet;

/**
 * An immutable set of words looked up in char buffers without allocation: a 64 Ki-bit filter on (length,
 * first and last char) rejects almost every word that is not in the set with one array read, the rest is a
 * Lucene {@link CharArraySet}. Used for lexicons and function words, which analyzers ask about every token.
 */
final class WordSet {

    private final long[] filter = new long[1024];
    private final CharArraySet set;

    WordSet(Collection<String> words) {
        CharArraySet s = new CharArraySet(Math.max(words.size(), 1), false);
        for (String w : words) {
            if (!w.isEmpty()) {
                s.add(w);
                int h = hash(w.charAt(0), w.charAt(w.length() - 1), w.length());
                filter[h >>> 6] |= 1L << h;
            }
        }
        this.set = CharArraySet.unmodifiableSet(s);
    }

    private static int hash(char first, char last, int length) {
        return (first * 31 + last * 7 + length * 0x9E37) & 0xFFFF;
    }

    boolean contains(char[] buffer, int offset, int length) {
        if (length == 0) {
            return false;
        }
        int h = hash(buffer[offset], buffer[offset + length - 1], length);
        if ((filter[h >>> 6] & 1L << h) == 0) {
            return false;
        }
        return set.contains(buffer, offset, length);
    }

    boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int h = hash(word.charAt(0), word.charAt(word.length() - 1), word.length());
        if ((filter[h >>> 6] & 1L << h) == 0) {
            return false;
        }
        return set.contains(word);
    }
}
