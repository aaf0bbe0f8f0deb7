package org.sahifa.entities.recognize;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order sequence model over {@link Tags}: per-token feature weights (an open-addressing table from
 * 64-bit feature hash to one weight per tag) plus tag-transition weights, decoded with Viterbi under the BIO
 * constraint. Trained by {@link PerceptronTrainer} (averaged structured perceptron). Immutable; thread-safe.
 */
public final class PerceptronModel {

    private static final int MAGIC = 0x53484E52; // "SHNR"
    private static final int VERSION = 1;
    private static final int T = Tags.COUNT;

    static {
        if (T != 9) { // emissions sums the nine tags' weights in locals
            throw new AssertionError("PerceptronModel.sum is written for 9 tags, not " + T);
        }
    }

    private final long[] keys;
    private final float[] weights;
    private final int mask;
    private final float[] trans; // (T + 1) x T, row T = sentence start
    private final int size;

    PerceptronModel(long[] keys, float[] weights, float[] trans, int size) {
        this.keys = keys;
        this.weights = weights;
        this.mask = keys.length - 1;
        this.trans = trans;
        this.size = size;
    }

    /** Builds the lookup table from parallel arrays of feature keys and their {@code T} weights each. */
    static PerceptronModel of(long[] featureKeys, float[] featureWeights, float[] trans) {
        int n = featureKeys.length;
        int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        long[] keys = new long[cap];
        float[] w = new float[cap * T];
        for (int i = 0; i < n; i++) {
            int slot = slot(keys, cap - 1, featureKeys[i]);
            keys[slot] = featureKeys[i];
            System.arraycopy(featureWeights, i * T, w, slot * T, T);
        }
        return new PerceptronModel(keys, w, trans.clone(), n);
    }

    /**
     * The mean of several models (a bagged ensemble of perceptrons trained with different seeds): each feature's
     * weights and each transition weight averaged over the models, a feature missing from a model counting as 0.
     * Decoding the mean is as fast as decoding one model. Keys keep the first model's order, then new ones in
     * order of appearance, so the result (and its file) is deterministic.
     */
    public static PerceptronModel mean(java.util.List<PerceptronModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        java.util.LinkedHashMap<Long, float[]> sum = new java.util.LinkedHashMap<>();
        float[] tr = new float[(T + 1) * T];
        float k = models.size();
        for (PerceptronModel m : models) {
            for (int s = 0; s < m.keys.length; s++) {
                if (m.keys[s] != 0) {
                    float[] row = sum.computeIfAbsent(m.keys[s], x -> new float[T]);
                    for (int t = 0; t < T; t++) {
                        row[t] += m.weights[s * T + t] / k;
                    }
                }
            }
            for (int i = 0; i < tr.length; i++) {
                tr[i] += m.trans[i] / k;
            }
        }
        long[] keys = new long[sum.size()];
        float[] w = new float[sum.size() * T];
        int i = 0;
        for (var e : sum.entrySet()) {
            keys[i] = e.getKey();
            System.arraycopy(e.getValue(), 0, w, i * T, T);
            i++;
        }
        return of(keys, w, tr);
    }

    private static int slot(long[] keys, int mask, long key) {
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The number of features with weights. */
    public int features() {
        return size;
    }

    /**
     * Adds the weights of token {@code i}'s features into {@code scores[i*T ..]}. In two steps per token: first
     * every feature is looked up (independent look-ups, which the processor overlaps: the table is far larger than
     * its caches), then the weights of those found are summed in feature order, as before (same float sums).
     */
    void emissions(long[] feats, int offset, int n, float[] scores) {
        int[] rows = new int[Features.PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int fo = offset + i * Features.PER_TOKEN;
            int found = 0;
            for (int k = 0; k < Features.PER_TOKEN; k++) {
                long key = feats[fo + k];
                if (key == 0) {
                    continue;
                }
                int s = (int) (key ^ (key >>> 32)) & mask;
                long at;
                while ((at = keys[s]) != 0) {
                    if (at == key) {
                        rows[found++] = s * T;
                        break;
                    }
                    s = (s + 1) & mask;
                }
            }
            sum(weights, rows, found, scores, i * T);
        }
    }

    /**
     * Writes into {@code scores[so .. so+T)} the sums of the weight rows of {@code w} that start at
     * {@code rows[0 .. count)}, in order (the one summation of emission scores, shared with {@link ModelPair}).
     */
    static void sum(float[] w, int[] rows, int count, float[] scores, int so) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        float s8 = 0;
        for (int r = 0; r < count; r++) {
            int wo = rows[r];
            s0 += w[wo];
            s1 += w[wo + 1];
            s2 += w[wo + 2];
            s3 += w[wo + 3];
            s4 += w[wo + 4];
            s5 += w[wo + 5];
            s6 += w[wo + 6];
            s7 += w[wo + 7];
            s8 += w[wo + 8];
        }
        scores[so] = s0;
        scores[so + 1] = s1;
        scores[so + 2] = s2;
        scores[so + 3] = s3;
        scores[so + 4] = s4;
        scores[so + 5] = s5;
        scores[so + 6] = s6;
        scores[so + 7] = s7;
        scores[so + 8] = s8;
    }

    /** The best tag sequence for a sentence of {@code n} tokens. */
    public int[] decode(long[] feats, int n) {
        return decode(feats, n, null);
    }

    /**
     * The best tag sequence when {@code tagBias[t]} (may be {@code null}) is added to every token's score for
     * tag {@code t}: a positive bias on name tags trades precision for recall.
     */
    public int[] decode(long[] feats, int n, float[] tagBias) {
        return decode(feats, 0, n, tagBias);
    }

    /** As {@link #decode(long[], int, float[])}, the sentence's features starting at {@code feats[offset]}. */
    public int[] decode(long[] feats, int offset, int n, float[] tagBias) {
        float[] scores = new float[n * T];
        emissions(feats, offset, n, scores);
        addBias(scores, n, tagBias);
        return viterbi(scores, n, trans);
    }

    /** Adds {@code tagBias[t]} (none when {@code null}) to the score of tag {@code t} of each of {@code n} tokens. */
    static void addBias(float[] scores, int n, float[] tagBias) {
        if (tagBias != null) {
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < T; t++) {
                    scores[i * T + t] += tagBias[t];
                }
            }
        }
    }

    /** Per tag, the tags allowed right before it ({@link Tags#allowed}), in increasing order. */
    private static final int[][] PREDECESSORS = new int[T][];

    static {
        for (int t = 0; t < T; t++) {
            int[] p = new int[T];
            int count = 0;
            for (int q = 0; q < T; q++) {
                if (Tags.allowed(q, t)) {
                    p[count++] = q;
                }
            }
            PREDECESSORS[t] = java.util.Arrays.copyOf(p, count);
        }
    }

    /** Viterbi under the BIO constraint over emission scores and transitions. */
    static int[] viterbi(float[] scores, int n, float[] trans) {
        return viterbi(scores, n, trans, new int[n * T]);
    }

    /**
     * Viterbi under the BIO constraint over emission scores and transitions; {@code back} (at least {@code n * T}
     * long) holds the back-pointers. Predecessors are tried in increasing order and a later one wins only with a
     * strictly higher score, so ties go to the lowest tag.
     */
    static int[] viterbi(float[] scores, int n, float[] trans, int[] back) {
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[] prev = new float[T];
        float[] cur = new float[T];
        for (int t = 0; t < T; t++) {
            prev[t] = Tags.allowed(-1, t) ? trans[T * T + t] + scores[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : PREDECESSORS[t]) {
                    if (prev[p] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float v = prev[p] + trans[p * T + t];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                cur[t] = best == Float.NEGATIVE_INFINITY ? best : best + scores[i * T + t];
                back[i * T + t] = arg;
            }
            float[] x = prev;
            prev = cur;
            cur = x;
        }
        int bestTag = 0;
        for (int t = 1; t < T; t++) {
            if (prev[t] > prev[bestTag]) {
                bestTag = t;
            }
        }
        tags[n - 1] = bestTag;
        for (int i = n - 1; i > 0; i--) {
            tags[i - 1] = back[i * T + tags[i]];
        }
        return tags;
    }

    /** The slots of the look-up table (a power of two); {@link #keyAt} is 0 for an empty slot. */
    int slots() {
        return keys.length;
    }

    /** The slot of {@code key}, or -1 when the model has no weights for it. */
    int slotOf(long key) {
        int s = slot(keys, mask, key);
        return keys[s] == key ? s : -1;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    /** Copies the {@code T} weights of the feature in {@code slot} to {@code to[at ..]}. */
    void copyWeights(int slot, float[] to, int at) {
        System.arraycopy(weights, slot * T, to, at, T);
    }

    /** The transition weights, (T + 1) x T, row T the sentence start (a copy). */
    float[] transitions() {
        return trans.clone();
    }

    /** Writes the model (gzip, binary). */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(T);
        for (float f : trans) {
            d.writeFloat(f);
        }
        d.writeInt(size);
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != 0) {
                d.writeLong(keys[s]);
                for (int t = 0; t < T; t++) {
                    d.writeFloat(weights[s * T + t]);
                }
            }
        }
        d.flush();
        d.close();
    }

    /** Reads a model written by {@link #write}; {@code name} names the source in errors. */
    public static PerceptronModel read(InputStream in, String name) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readInt() != T) {
            throw new IOException(name + ": not a Sahifa name-finder model (or a different version)");
        }
        float[] trans = new float[(T + 1) * T];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        int n = d.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException(name + ": corrupt model (feature count " + n + ")");
        }
        long[] k = new long[n];
        float[] w = new float[n * T];
        for (int i = 0; i < n; i++) {
            k[i] = d.readLong();
            for (int t = 0; t < T; t++) {
                w[i * T + t] = d.readFloat();
            }
        }
        return of(k, w, trans);
    }
}
