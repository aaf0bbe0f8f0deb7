package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPairTest {

    private static final int T = Tags.COUNT;
    private static final int P = Features.PER_TOKEN;

    /** A model with weights for {@code keys}: random magnitudes from 1e-3 to 1e3, so float sums depend on order. */
    private static PerceptronModel model(List<Long> keys, Random random) {
        long[] k = new long[keys.size()];
        float[] w = new float[keys.size() * T];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
            for (int t = 0; t < T; t++) {
                w[i * T + t] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
            }
        }
        float[] trans = new float[(T + 1) * T];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = (float) random.nextGaussian();
        }
        return PerceptronModel.of(k, w, trans);
    }

    /**
     * Both passes give, bit for bit, the emission scores and the tags of each model alone — for keys only the first
     * model knows, only the second, both, neither, the empty key 0, keys that collide in the table — also when the
     * second pass changes some keys of the first (as document evidence does) and when a memo is reused.
     */
    @Test
    void bothPassesScoreAndTagExactlyAsEachModelAlone() {
        Random random = new Random(7);
        Set<Long> all = new LinkedHashSet<>();
        while (all.size() < 9_000) {
            // every fifth key has small halves, so that many share a start slot
            long key = all.size() % 5 == 0 ? random.nextInt(1 << 10) * (1L << 32) + random.nextInt(1 << 10) : random.nextLong();
            if (key != 0) {
                all.add(key);
            }
        }
        List<Long> keys = new ArrayList<>(all);
        List<Long> onlyFirst = keys.subList(0, 2_000);
        List<Long> shared = keys.subList(2_000, 6_000);
        List<Long> onlySecond = keys.subList(6_000, 8_000);
        List<Long> neither = keys.subList(8_000, 9_000);
        List<Long> firstKeys = new ArrayList<>(onlyFirst);
        firstKeys.addAll(shared);
        List<Long> secondKeys = new ArrayList<>(shared);
        secondKeys.addAll(onlySecond);
        PerceptronModel first = model(firstKeys, random);
        PerceptronModel second = model(secondKeys, random);
        ModelPair pair = new ModelPair(first, second);

        for (int doc = 0; doc < 3; doc++) {
            int[] sentences = {1 + random.nextInt(3), 40 + random.nextInt(200), 1, 120};
            int tokens = Arrays.stream(sentences).sum();
            long[] feats = new long[tokens * P];
            for (int j = 0; j < feats.length; j++) {
                feats[j] = pick(random, onlyFirst, shared, onlySecond, neither);
            }
            ModelPair.Memo memo = ModelPair.memo(feats.length);
            int offset = 0;
            for (int n : sentences) {
                assertSameScores(pair, first, feats, offset, n, memo, true);
                offset += n * P;
            }
            for (int j = 0; j < feats.length; j++) { // what the second pass changes: a few positions, any kind of key
                if (j % P >= 36 && j % P <= 38 || random.nextInt(50) == 0) {
                    feats[j] = pick(random, onlyFirst, shared, onlySecond, neither);
                }
            }
            offset = 0;
            for (int n : sentences) {
                assertSameScores(pair, second, feats, offset, n, memo, false);
                offset += n * P;
            }
        }
    }

    private static long pick(Random random, List<Long> onlyFirst, List<Long> shared, List<Long> onlySecond,
                             List<Long> neither) {
        int p = random.nextInt(10);
        List<Long> from = p < 2 ? onlyFirst : p < 5 ? shared : p < 7 ? onlySecond : p < 9 ? neither : null;
        return from == null ? 0 : from.get(random.nextInt(from.size()));
    }

    private static void assertSameScores(ModelPair pair, PerceptronModel alone, long[] feats, int offset, int n,
                                         ModelPair.Memo memo, boolean firstPass) {
        long[] sentence = Arrays.copyOfRange(feats, offset, offset + n * P);
        float[] expected = new float[n * T];
        alone.emissions(sentence, 0, n, expected);
        float[] actual = new float[n * T];
        Arrays.fill(actual, Float.NaN);
        if (firstPass) {
            pair.firstEmissions(feats, offset, n, actual, memo);
        } else {
            pair.secondEmissions(feats, offset, n, actual, memo);
        }
        for (int j = 0; j < expected.length; j++) {
            assertThat(Float.floatToRawIntBits(actual[j])).as("token %d tag %d", j / T, j % T)
                    .isEqualTo(Float.floatToRawIntBits(expected[j]));
        }
        float[] bias = {0, 2.5f, 1.25f, 0.625f, 0, 0, 0, 0, 0};
        int[] tags = firstPass ? pair.first(feats, offset, n, bias, memo) : pair.second(feats, offset, n, bias, memo);
        assertThat(tags).isEqualTo(alone.decode(sentence, n, bias));
    }

    /** The decoder's back-pointer array is reused between sentences: a long sentence, then a short one. */
    @Test
    void viterbiWithAReusedBackPointerArrayEqualsAFreshOne() {
        Random random = new Random(3);
        float[] trans = new float[(T + 1) * T];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = (float) random.nextGaussian();
        }
        int[] back = new int[500 * T];
        for (int n : new int[] {500, 7, 1, 0, 80}) {
            float[] scores = new float[n * T];
            for (int j = 0; j < scores.length; j++) {
                scores[j] = (float) random.nextGaussian() * 3;
            }
            assertThat(PerceptronModel.viterbi(scores, n, trans, back)).isEqualTo(naiveViterbi(scores, n, trans));
        }
    }

    /** The decoder as it was written before the allowed predecessors were listed per tag. */
    private static int[] naiveViterbi(float[] scores, int n, float[] trans) {
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[] prev = new float[T];
        float[] cur = new float[T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            prev[t] = Tags.allowed(-1, t) ? trans[T * T + t] + scores[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    if (prev[p] == Float.NEGATIVE_INFINITY || !Tags.allowed(p, t)) {
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
}
