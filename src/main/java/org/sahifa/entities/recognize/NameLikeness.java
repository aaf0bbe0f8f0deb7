package org.sahifa.entities.recognize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much a word's letters look like a proper name rather than a common Arabic word: a character-trigram
 * naive-Bayes log-odds between the name words of the lists that are no common words (mostly transliterated
 * foreign names: باشينيان، لوكاشينكو، ستراسبورغ) and the common words ({@link CommonWords}). The score is the
 * mean log-odds of the folded word's trigrams (with word-boundary marks), cut into {@link #BUCKETS} buckets, so
 * that a name the lists never saw still gets a hint from its shape (ـوف، ـسكي، ـينكو، غ for g …).
 */
public final class NameLikeness {

    /** Number of score buckets; {@link #bucket} returns 0 for a word without Arabic letters. */
    public static final int BUCKETS = 7;

    private static final char EDGE = '#';

    /**
     * The log-odds of each trigram seen in training, by {@link #key} in an open-addressing table (probed from
     * {@link #slot}; 0 marks an empty slot): looked up per trigram without building a string (a word is scored
     * once, but an import meets some 300,000 distinct words).
     */
    private final long[] keys;
    private final float[] odds;
    private final float prior;

    /** Trained on the list name words (as written) that are no common words, against the common words. */
    public static NameLikeness of(Set<String> nameWords, CommonWords commonWords) {
        Set<String> names = new HashSet<>();
        for (String w : nameWords) {
            String f = NameFold.fold(w);
            if (commonWords.code(f) == CommonWords.UNKNOWN) {
                names.add(f);
            }
        }
        return new NameLikeness(names, commonWords.words());
    }

    /** Trained on folded names against folded common words. */
    public NameLikeness(Set<String> names, Set<String> words) {
        Map<String, int[]> counts = new HashMap<>();
        long[] totals = new long[2];
        count(names, 0, counts, totals);
        count(words, 1, counts, totals);
        int vocabulary = counts.size();
        int cap = 16;
        while (cap < vocabulary * 2) {
            cap <<= 1;
        }
        keys = new long[cap];
        odds = new float[cap];
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double pn = (c[0] + 1.0) / (totals[0] + vocabulary);
            double pw = (c[1] + 1.0) / (totals[1] + vocabulary);
            String t = e.getKey();
            long key = key(t.charAt(0), t.charAt(1), t.charAt(2));
            int at = slot(key);
            keys[at] = key;
            odds[at] = (float) Math.log(pn / pw);
        }
        prior = (float) Math.log((1.0 / (totals[0] + vocabulary)) / (1.0 / (totals[1] + vocabulary)));
    }

    private static void count(Set<String> set, int side, Map<String, int[]> counts, long[] totals) {
        for (String w : set) {
            String p = EDGE + w + EDGE;
            for (int i = 0; i + 3 <= p.length(); i++) {
                counts.computeIfAbsent(p.substring(i, i + 3), k -> new int[2])[side]++;
                totals[side]++;
            }
        }
    }

    /** A trigram of UTF-16 units as a key: never 0 (the mark of an empty slot). */
    private static long key(char a, char b, char c) {
        return 1L << 48 | (long) a << 32 | (long) b << 16 | c;
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int s = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * The mean trigram log-odds of a folded word (positive: looks like a name): the trigrams of the word between
     * two {@code #} marks, in order, each the log-odds training gave it or the prior.
     */
    public double score(String fold) {
        int len = fold.length() + 2;
        double sum = 0;
        int n = 0;
        for (int i = 0; i + 3 <= len; i++) {
            int at = slot(key(charAt(fold, i), charAt(fold, i + 1), charAt(fold, i + 2)));
            sum += keys[at] == 0 ? prior : odds[at];
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Unit {@code i} of {@code #fold#}. */
    private static char charAt(String fold, int i) {
        return i == 0 || i == fold.length() + 1 ? EDGE : fold.charAt(i - 1);
    }

    /** The score's bucket: 1 (very word-like) … {@link #BUCKETS} − 1 (very name-like); 0 without Arabic letters. */
    public int bucket(String fold) {
        if (fold.length() < 2 || !CommonWords.hasArabicLetter(fold)) {
            return 0;
        }
        double s = score(fold);
        int b = (int) Math.floor(s) + 4; // … −3 → 1, −2 → 2, −1 → 3, 0 → 4, 1 → 5, ≥ 2 → 6
        return Math.max(1, Math.min(BUCKETS - 1, b));
    }
}
