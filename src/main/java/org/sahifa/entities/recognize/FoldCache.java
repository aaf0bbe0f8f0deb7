package org.sahifa.entities.recognize;

/**
 * The folded forms ({@link NameFold#fold}) of the words one thread tokenised lately, so that a repeated word
 * (news repeats words a lot) is folded into a reused buffer and answered with the string made the first time,
 * instead of a new builder and string per token. Handing out the same instance also makes the recogniser's
 * per-word look-ups cheaper (its hash is computed once, and equal strings compare by identity). Direct-mapped
 * with {@value #SLOTS} slots: a word whose slot another word took is folded anew. One thread's (see
 * {@link #forThisThread()}).
 */
final class FoldCache {

    private static final int SLOTS = 1 << 14;
    private static final ThreadLocal<FoldCache> CACHE = ThreadLocal.withInitial(FoldCache::new);

    private final String[] strings = new String[SLOTS];
    /**
     * The fold hash of each slot's string: a slot another word took is told apart by it without reading that
     * string (a cache miss for every such token), and only a matching hash compares the characters.
     */
    private final int[] hashes = new int[SLOTS];
    private char[] buffer = new char[64];

    private FoldCache() {
    }

    static FoldCache forThisThread() {
        return CACHE.get();
    }

    /** {@link NameFold#fold(CharSequence, int, int)}: equal content, often the same instance as before. */
    String fold(CharSequence s, int start, int end) {
        if (end - start > buffer.length) {
            buffer = new char[Math.max(end - start, buffer.length * 2)];
        }
        char[] b = buffer;
        int length = 0;
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')) {
                return NameFold.fold(s, start, end); // presentation forms: NFKC may lengthen the word; rare
            }
            char m = NameFold.map(c);
            if (m != 0) {
                b[length++] = m;
                hash = 31 * hash + m;
            }
        }
        int slot = (hash ^ (hash >>> 14)) & (SLOTS - 1);
        String known = strings[slot];
        if (known != null && hashes[slot] == hash && equal(known, b, length)) {
            return known;
        }
        String folded = new String(b, 0, length);
        strings[slot] = folded;
        hashes[slot] = hash;
        return folded;
    }

    private static boolean equal(String s, char[] b, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s.charAt(k) != b[k]) {
                return false;
            }
        }
        return true;
    }
}
