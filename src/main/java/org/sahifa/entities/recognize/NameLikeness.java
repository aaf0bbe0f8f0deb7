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

    private final Map<String, Float> logOdds = new HashMap<>();
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
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double pn = (c[0] + 1.0) / (totals[0] + vocabulary);
            double pw = (c[1] + 1.0) / (totals[1] + vocabulary);
            logOdds.put(e.getKey(), (float) Math.log(pn / pw));
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

    /** The mean trigram log-odds of a folded word (positive: looks like a name). */
    public double score(String fold) {
        String p = EDGE + fold + EDGE;
        double sum = 0;
        int n = 0;
        for (int i = 0; i + 3 <= p.length(); i++) {
            Float lo = logOdds.get(p.substring(i, i + 3));
            sum += lo == null ? prior : lo;
            n++;
        }
        return n == 0 ? 0 : sum / n;
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
