package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptronModelTest {

    private static final int T = Tags.COUNT;

    /**
     * Emission scores are, bit for bit, the weights of each token's features summed in feature order (absent
     * features and the empty key 0 add nothing), also when many keys collide in the table.
     */
    @Test
    void emissionsAreTheWeightsOfEachTokensFeaturesSummedInOrder() {
        Random random = new Random(42);
        int features = 5_000;
        long[] keys = new long[features];
        float[] weights = new float[features * T];
        Map<Long, float[]> byKey = new HashMap<>();
        for (int i = 0; i < features; i++) {
            long key;
            do {
                key = i % 5 == 0 ? random.nextInt(1 << 12) * (1L << 32) + random.nextInt(1 << 12) : random.nextLong();
            } while (key == 0 || byKey.containsKey(key));
            keys[i] = key;
            float[] row = new float[T];
            for (int t = 0; t < T; t++) {
                row[t] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
                weights[i * T + t] = row[t];
            }
            byKey.put(key, row);
        }
        PerceptronModel model = PerceptronModel.of(keys, weights, new float[(T + 1) * T]);

        int n = 300;
        long[] feats = new long[n * Features.PER_TOKEN];
        for (int j = 0; j < feats.length; j++) {
            int pick = random.nextInt(10);
            feats[j] = pick < 6 ? keys[random.nextInt(features)] : pick < 9 ? random.nextLong() : 0;
        }
        float[] scores = new float[n * T];
        java.util.Arrays.fill(scores, Float.NaN);
        model.emissions(feats, 0, n, scores);

        for (int i = 0; i < n; i++) {
            float[] expected = new float[T];
            for (int k = 0; k < Features.PER_TOKEN; k++) {
                float[] row = byKey.get(feats[i * Features.PER_TOKEN + k]);
                for (int t = 0; row != null && t < T; t++) {
                    expected[t] += row[t];
                }
            }
            for (int t = 0; t < T; t++) {
                assertThat(Float.floatToRawIntBits(scores[i * T + t])).as("token %d tag %d", i, t)
                        .isEqualTo(Float.floatToRawIntBits(expected[t]));
            }
        }
    }
}
