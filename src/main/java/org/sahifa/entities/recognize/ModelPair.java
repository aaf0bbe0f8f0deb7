package org.sahifa.entities.recognize;

/**
 * The recogniser's two sequence models (the first pass, and the second pass that also sees document evidence)
 * behind one look-up table: a feature's key is found once, and the entry found names its weight row in each model.
 * The second pass of a document looks up again only the features whose key changed since its first pass (the
 * document-evidence features) and reuses what the first pass found for the rest, so a document's features are
 * looked up about once instead of twice. Weight rows are stored densely (no rows for empty slots): both models take
 * 13 MB instead of 23 MB, which keeps more of them in the processor's caches.
 *
 * <p>The tags are, bit for bit, those of {@link PerceptronModel#decode(long[], int, int, float[])} of each model:
 * the same weights are summed in the same (feature) order with the same code ({@link PerceptronModel#sum}), and
 * decoded by the same Viterbi. Immutable; thread-safe (a {@link Memo} belongs to one thread).
 */
public final class ModelPair {

    private static final int T = Tags.COUNT;
    private static final int P = Features.PER_TOKEN;
    /** The entry of a feature that neither model knows (and of the empty key 0): no row in either. */
    private static final long ABSENT = -1L;

    /** Two longs per slot: the key (0 empty), then the rows, first model's in the high half, -1 where absent. */
    private final long[] table;
    private final int mask;
    private final float[] firstWeights;
    private final float[] secondWeights;
    private final float[] firstTrans;
    private final float[] secondTrans;

    public ModelPair(PerceptronModel first, PerceptronModel second) {
        int union = first.features();
        for (int s = 0; s < second.slots(); s++) {
            long key = second.keyAt(s);
            if (key != 0 && first.slotOf(key) < 0) {
                union++;
            }
        }
        int cap = 4;
        while (union > cap * 0.6) { // at most 60 % full: short probes, and a small table stays in the caches
            cap <<= 1;
        }
        table = new long[cap * 2];
        mask = cap - 1;
        firstWeights = new float[first.features() * T];
        secondWeights = new float[second.features() * T];
        int rows = 0;
        for (int s = 0; s < first.slots(); s++) {
            long key = first.keyAt(s);
            if (key != 0) {
                first.copyWeights(s, firstWeights, rows * T);
                put(key, rows, -1);
                rows++;
            }
        }
        rows = 0;
        for (int s = 0; s < second.slots(); s++) {
            long key = second.keyAt(s);
            if (key != 0) {
                second.copyWeights(s, secondWeights, rows * T);
                int at = slot(key);
                int firstRow = table[at] == key ? (int) (table[at + 1] >> 32) : -1;
                put(key, firstRow, rows);
                rows++;
            }
        }
        firstTrans = first.transitions();
        secondTrans = second.transitions();
    }

    /** The index in {@link #table} of {@code key}'s slot, or of the empty slot where it would go. */
    private int slot(long key) {
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (table[2 * s] != 0 && table[2 * s] != key) {
            s = (s + 1) & mask;
        }
        return 2 * s;
    }

    private void put(long key, int firstRow, int secondRow) {
        int at = slot(key);
        table[at] = key;
        table[at + 1] = ((long) firstRow << 32) | (secondRow & 0xFFFF_FFFFL);
    }

    /** The entry of {@code key} (both rows), or {@link #ABSENT}. */
    private long find(long key) {
        if (key == 0) {
            return ABSENT;
        }
        long[] tb = table;
        int s = (int) (key ^ (key >>> 32)) & mask;
        long at;
        while ((at = tb[2 * s]) != 0) {
            if (at == key) {
                return tb[2 * s + 1];
            }
            s = (s + 1) & mask;
        }
        return ABSENT;
    }

    /** The first pass's tags of the sentence whose features start at {@code feats[offset]}; remembers its look-ups. */
    public int[] first(long[] feats, int offset, int n, float[] tagBias, Memo memo) {
        float[] scores = memo.scores(n);
        firstEmissions(feats, offset, n, scores, memo);
        PerceptronModel.addBias(scores, n, tagBias);
        return PerceptronModel.viterbi(scores, n, firstTrans, memo.back(n));
    }

    /**
     * The second pass's tags of the sentence whose features start at {@code feats[offset]}, after
     * {@link #first} saw that sentence at the same offset with the same memo (features whose key is unchanged
     * since are not looked up again).
     */
    public int[] second(long[] feats, int offset, int n, float[] tagBias, Memo memo) {
        float[] scores = memo.scores(n);
        secondEmissions(feats, offset, n, scores, memo);
        PerceptronModel.addBias(scores, n, tagBias);
        return PerceptronModel.viterbi(scores, n, secondTrans, memo.back(n));
    }

    /**
     * As {@link #first(long[], int, int, float[], Memo)} for a sentence {@link Features#analyse} made, whose
     * features {@link Features#extract} wrote at {@code offset}: a feature whose key is a function of one word
     * ({@link Features#WORD_SLOT}) is looked up once per distinct word and taken from that word's entries
     * afterwards (the same entry, as the key is the same; a key that differs from the word's is looked up).
     */
    public int[] first(long[] feats, int offset, Features.Sentence s, float[] tagBias, Memo memo) {
        int n = s.size();
        if (n > 0 && s.words[0] == null) {
            return first(feats, offset, n, tagBias, memo);
        }
        float[] scores = memo.scores(n);
        firstEmissions(feats, offset, n, scores, memo, s.words);
        PerceptronModel.addBias(scores, n, tagBias);
        return PerceptronModel.viterbi(scores, n, firstTrans, memo.back(n));
    }

    /** What this pair found for a word's keys ({@link Features.Word#keys}), once per word and pair. */
    private static final class WordEntries {
        final ModelPair pair;
        final long[] entries;

        WordEntries(ModelPair pair, long[] entries) {
            this.pair = pair;
            this.entries = entries;
        }
    }

    /** The entries of {@code w}'s keys in this pair's table: found once, kept in the word (final fields publish them). */
    long[] entries(Features.Word w) {
        Object o = w.lookups;
        if (o instanceof WordEntries e && e.pair == this) {
            return e.entries;
        }
        long[] keys = w.keys;
        long[] entries = new long[keys.length];
        for (int j = 0; j < keys.length; j++) {
            entries[j] = find(keys[j]);
        }
        w.lookups = new WordEntries(this, entries);
        return entries;
    }

    /**
     * {@link #firstEmissions(long[], int, int, float[], Memo)}, taking the entries of features that are a function of
     * one word from {@code words} (each token's; {@code null}: every feature looked up).
     */
    void firstEmissions(long[] feats, int offset, int n, float[] scores, Memo memo, Features.Word[] words) {
        int[] rows = memo.rows;
        long[] keys = memo.keys;
        long[] found = memo.found;
        long[][] entries = memo.wordEntries(n);
        for (int i = 0; words != null && i < n; i++) {
            entries[i] = entries(words[i]);
        }
        int[] slots = Features.WORD_SLOT;
        int[] offsets = Features.WORD_OFFSET;
        for (int i = 0; i < n; i++) {
            int fo = offset + i * P;
            int count = 0;
            for (int k = 0; k < P; k++) {
                long key = feats[fo + k];
                int slot = slots[k];
                long entry;
                int j;
                if (slot >= 0 && words != null && (j = i + offsets[k]) >= 0 && j < n && words[j].keys[slot] == key) {
                    entry = entries[j][slot];
                } else {
                    entry = find(key);
                }
                keys[fo + k] = key;
                found[fo + k] = entry;
                int row = (int) (entry >> 32);
                if (row >= 0) {
                    rows[count++] = row * T;
                }
            }
            PerceptronModel.sum(firstWeights, rows, count, scores, i * T);
        }
    }

    /** The first model's emission scores (as {@link PerceptronModel#emissions}); fills the memo at {@code offset}. */
    void firstEmissions(long[] feats, int offset, int n, float[] scores, Memo memo) {
        firstEmissions(feats, offset, n, scores, memo, null);
    }

    /** The second model's emission scores, reusing the first pass's look-ups of unchanged keys. */
    void secondEmissions(long[] feats, int offset, int n, float[] scores, Memo memo) {
        int[] rows = memo.rows;
        long[] keys = memo.keys;
        long[] found = memo.found;
        for (int i = 0; i < n; i++) {
            int fo = offset + i * P;
            int count = 0;
            for (int k = 0; k < P; k++) {
                long key = feats[fo + k];
                long entry = key == keys[fo + k] ? found[fo + k] : find(key);
                int row = (int) entry;
                if (row >= 0) {
                    rows[count++] = row * T;
                }
            }
            PerceptronModel.sum(secondWeights, rows, count, scores, i * T);
        }
    }

    /** A memo for a document of {@code features} features ({@link Features#PER_TOKEN} per token): this thread's. */
    public static Memo memo(int features) {
        Memo m = MEMO.get();
        if (m == null || m.keys.length < features) {
            m = new Memo(Math.max(features, 1 << 15));
            if (m.keys.length <= KEPT) {
                MEMO.set(m);
            }
        }
        return m;
    }

    /** Memos up to this many features (16 MB) are kept per thread for the next document. */
    private static final int KEPT = 1 << 20;
    private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

    /** What the first pass of a document found per feature, and the decoder's work arrays. One thread's. */
    public static final class Memo {
        final long[] keys;
        final long[] found;
        final int[] rows = new int[P];
        private float[] scores = new float[64 * T];
        private int[] back = new int[64 * T];

        private Memo(int features) {
            keys = new long[features];
            found = new long[features];
        }

        private long[][] wordEntries = new long[64][];

        /** Room for a sentence's words' entries (not cleared: each is written before it is read). */
        long[][] wordEntries(int n) {
            if (wordEntries.length < n) {
                wordEntries = new long[n][];
            }
            return wordEntries;
        }

        /** Room for a sentence's scores (not cleared: each is written before it is read). */
        float[] scores(int n) {
            if (scores.length < n * T) {
                scores = new float[n * T];
            }
            return scores;
        }

        /** Room for a sentence's back-pointers (not cleared: each is written before it is read). */
        int[] back(int n) {
            if (back.length < n * T) {
                back = new int[n * T];
            }
            return back;
        }
    }
}
