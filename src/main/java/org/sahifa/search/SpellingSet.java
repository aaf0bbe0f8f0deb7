package org.sahifa.search;

import java.util.BitSet;
import java.util.HashSet;

/**
 * A set of the spellings the highlighter marks (decision 0219) that also knows which letters they end with, and holds
 * them in an array: {@link Highlighter}'s test «is this word one of the spellings behind proclitics» asks for a
 * word's endings only when the word ends with a letter some spelling ends with (a word that ends otherwise cannot end
 * with a spelling), and walks the array instead of the hash table. The same answers as a plain set; not thread-safe.
 */
final class SpellingSet extends HashSet<String> {

    private final BitSet lastLetters = new BitSet();
    private boolean empty;
    private String[] array;

    @Override
    public boolean add(String spelling) {
        if (spelling.isEmpty()) {
            empty = true;
        } else {
            lastLetters.set(spelling.charAt(spelling.length() - 1));
        }
        array = null;
        return super.add(spelling);
    }

    @Override
    public boolean remove(Object o) {
        array = null;
        return super.remove(o);
    }

    @Override
    public void clear() {
        array = null;
        super.clear();
    }

    /**
     * False when no spelling can end {@code word}: none is empty and none ends with its last letter (a spelling
     * that is removed may still be counted, which only makes the answer true more often).
     */
    boolean mayEnd(String word) {
        return empty || (!word.isEmpty() && lastLetters.get(word.charAt(word.length() - 1)));
    }

    /** The spellings, in the set's order. */
    String[] array() {
        if (array == null) {
            array = toArray(new String[0]);
        }
        return array;
    }
}
