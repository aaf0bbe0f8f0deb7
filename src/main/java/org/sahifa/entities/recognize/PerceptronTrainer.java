package org.sahifa.entities.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link PerceptronModel} with the averaged structured perceptron (Collins 2002): decode each sentence
 * with Viterbi under the current weights, and where the best sequence differs from the gold one add the gold
 * features and subtract the predicted ones. Averaging uses the usual lazy trick (w − u/c). The sentence order is
 * shuffled each epoch with a fixed seed, so training is reproducible.
 */
public final class PerceptronTrainer {

    private static final int T = Tags.COUNT;

    /** One training sentence: its features ({@link Features#PER_TOKEN} per token) and gold tags. */
    public record Example(long[] features, int[] tags) {
    }

    private final Map<Long, Integer> index = new HashMap<>();
    private float[] w = new float[1 << 16];
    private float[] u = new float[1 << 16];
    private final float[] trans = new float[(T + 1) * T];
    private final float[] transU = new float[(T + 1) * T];
    private long c = 1;
    private final int[] droppable;
    private final double dropRate;
    private Random dropRandom = new Random(1);

    /** A trainer without feature dropout. */
    public PerceptronTrainer() {
        this(new int[0], 0);
    }

    /**
     * A trainer that hides the word-identity features at the given per-token positions with probability
     * {@code dropRate} in each update, so that the model also learns the context and gazetteer cues that carry
     * over to names it never saw (word dropout).
     */
    public PerceptronTrainer(int[] droppable, double dropRate) {
        this.droppable = droppable.clone();
        this.dropRate = dropRate;
    }

    /** Trains for {@code epochs} passes and returns the averaged model, dropping near-zero features. */
    public PerceptronModel train(List<Example> examples, int epochs, long seed) {
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        dropRandom = new Random(seed + 1);
        for (int e = 0; e < epochs; e++) {
            java.util.Collections.shuffle(order, random);
            for (Example ex : order) {
                step(ex);
                c++;
            }
        }
        return average(0.001f);
    }

    private void step(Example ex) {
        int n = ex.tags().length;
        if (n == 0) {
            return;
        }
        long[] feats = ex.features();
        if (dropRate > 0) {
            feats = feats.clone();
            for (int i = 0; i < n; i++) {
                if (dropRandom.nextDouble() < dropRate) {
                    for (int k : droppable) {
                        feats[i * Features.PER_TOKEN + k] = 0;
                    }
                }
            }
        }
        float[] scores = new float[n * T];
        for (int i = 0; i < n; i++) {
            int fo = i * Features.PER_TOKEN;
            for (int k = 0; k < Features.PER_TOKEN; k++) {
                if (feats[fo + k] == 0) {
                    continue;
                }
                Integer slot = index.get(feats[fo + k]);
                if (slot != null) {
                    for (int t = 0; t < T; t++) {
                        scores[i * T + t] += w[slot * T + t];
                    }
                }
            }
        }
        int[] pred = PerceptronModel.viterbi(scores, n, trans);
        int[] gold = ex.tags();
        for (int i = 0; i < n; i++) {
            int gp = i == 0 ? T : gold[i - 1];
            int pp = i == 0 ? T : pred[i - 1];
            if (gold[i] != pred[i]) {
                int fo = i * Features.PER_TOKEN;
                for (int k = 0; k < Features.PER_TOKEN; k++) {
                    if (feats[fo + k] == 0) {
                        continue;
                    }
                    int slot = slot(feats[fo + k]);
                    bump(w, u, slot * T + gold[i], 1);
                    bump(w, u, slot * T + pred[i], -1);
                }
            }
            if (gold[i] != pred[i] || gp != pp) {
                bump(trans, transU, gp * T + gold[i], 1);
                bump(trans, transU, pp * T + pred[i], -1);
            }
        }
    }

    private void bump(float[] weights, float[] acc, int at, float delta) {
        weights[at] += delta;
        acc[at] += c * delta;
    }

    private int slot(long key) {
        Integer s = index.get(key);
        if (s != null) {
            return s;
        }
        int slot = index.size();
        index.put(key, slot);
        if ((slot + 1) * T > w.length) {
            w = java.util.Arrays.copyOf(w, w.length * 2);
            u = java.util.Arrays.copyOf(u, u.length * 2);
        }
        return slot;
    }

    private PerceptronModel average(float minAbs) {
        List<Long> kept = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            int s = e.getValue();
            float[] row = new float[T];
            boolean any = false;
            for (int t = 0; t < T; t++) {
                row[t] = w[s * T + t] - u[s * T + t] / c;
                any |= Math.abs(row[t]) >= minAbs;
            }
            if (any) {
                kept.add(e.getKey());
                rows.add(row);
            }
        }
        long[] keys = new long[kept.size()];
        float[] weights = new float[kept.size() * T];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = kept.get(i);
            System.arraycopy(rows.get(i), 0, weights, i * T, T);
        }
        float[] tr = new float[trans.length];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = trans[i] - transU[i] / c;
        }
        return PerceptronModel.of(keys, weights, tr);
    }
}
