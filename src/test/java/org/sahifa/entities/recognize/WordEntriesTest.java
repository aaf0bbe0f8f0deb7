package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-word feature keys and model entries (decision 0221) change no feature, score or tag. */
class WordEntriesTest {

    private static final int P = Features.PER_TOKEN;
    private static final long NONE = 0x5bd1e995L;
    private static final long BOS = 0x1b873593L;
    private static final long EOS = 0xcc9e2d51L;
    private static final String TEXT = "قال الرئيس فلاديمير بوتين في موسكو، إن روسيا ستدعم سوريا. وقال بوتين أيضا في موسكو "
            + "وبموسكو: لا! The UN (2015) met in Geneva 42 times؟ ولد 1990 — «بشار الأسد» و«الأسد» ، ب";

    private final Features features = new Features(Gazetteer.standard());

    /** The keys taken from the words are those the features computed per token before (the old expressions). */
    @Test
    void wordKeysAreTheKeysComputedPerToken() {
        for (String line : TEXT.split("[.!؟]")) {
            Features.Sentence s = features.analyse(Tokenizer.tokenize(line));
            long[] feats = features.extract(s, null);
            int n = s.size();
            for (int i = 0; i < n; i++) {
                Token t = s.tokens.get(i);
                String f = t.fold();
                String st = s.stem(i);
                long w = Features.hash(f);
                long stem = Features.hash(st);
                long[] expected = new long[P];
                expected[1] = Features.mix(1, w);
                expected[2] = Features.mix(2, i > 0 ? Features.hash(s.tokens.get(i - 1).fold()) : BOS);
                expected[3] = Features.mix(3, i + 1 < n ? Features.hash(s.tokens.get(i + 1).fold()) : EOS);
                expected[4] = Features.mix(4, i > 1 ? Features.hash(s.tokens.get(i - 2).fold()) : BOS);
                expected[5] = Features.mix(5, i + 2 < n ? Features.hash(s.tokens.get(i + 2).fold()) : EOS);
                expected[6] = Features.mix(6, stem);
                expected[7] = Features.mix(7, i > 0 ? Features.hash(s.stem(i - 1)) : BOS);
                expected[8] = Features.mix(8, i + 1 < n ? Features.hash(s.stem(i + 1)) : EOS);
                expected[9] = Features.mix(9, prefix(st, 1));
                expected[10] = Features.mix(10, prefix(st, 2));
                expected[11] = Features.mix(11, prefix(st, 3));
                expected[12] = Features.mix(12, suffix(f, 1));
                expected[13] = Features.mix(13, suffix(f, 2));
                expected[14] = Features.mix(14, suffix(f, 3));
                expected[15] = Features.mix(15, t.word() ? Clitics.pattern(f) : 99);
                expected[27] = Features.mix(27, shape(t));
                expected[33] = Features.mix(33, suffix(f, 4));
                expected[42] = Features.mix(42, prefix(st, 4));
                expected[43] = Features.mix(43, Features.mix(suffix(st, 2), Math.min(st.length(), 9)));
                for (int k = 0; k < P; k++) {
                    if (Features.WORD_SLOT[k] >= 0) {
                        assertThat(feats[i * P + k]).as("token %d (%s) feature %d", i, f, k).isEqualTo(expected[k]);
                    }
                }
            }
        }
    }

    private static long prefix(String s, int k) {
        return s.length() <= k ? NONE + k : Features.hash(s, 0, k);
    }

    private static long suffix(String s, int k) {
        return s.length() <= k ? NONE + k : Features.hash(s, s.length() - k, s.length());
    }

    private static long shape(Token t) {
        String f = t.fold();
        if (!t.word()) {
            return 1000 + f.hashCode() % 50;
        }
        boolean digit = false;
        boolean latin = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            digit |= c >= '0' && c <= '9';
            latin |= c >= 'a' && c <= 'z';
        }
        return Math.min(f.length(), 12) * 4 + (digit ? 1 : 0) + (latin ? 2 : 0);
    }

    /**
     * The first pass with the words' entries gives the tags and memo of the first pass that looks every feature up,
     * for two model pairs used in turn on the same words (a word's entries belong to one pair) and again once the
     * entries are kept.
     */
    @Test
    void firstPassWithWordEntriesEqualsLookingEveryFeatureUp() {
        Random random = new Random(11);
        List<Features.Sentence> sentences = new ArrayList<>();
        for (String line : TEXT.split("[.!؟]")) {
            sentences.add(features.analyse(Tokenizer.tokenize(line)));
        }
        Set<Long> known = new LinkedHashSet<>();
        for (Features.Sentence s : sentences) {
            for (long key : features.extract(s, null)) {
                if (key != 0 && random.nextInt(4) != 0) { // a quarter of the keys unknown to the models
                    known.add(key);
                }
            }
        }
        List<Long> keys = new ArrayList<>(known);
        ModelPair a = new ModelPair(model(keys.subList(0, keys.size() * 2 / 3), random),
                model(keys.subList(keys.size() / 3, keys.size()), random));
        ModelPair b = new ModelPair(model(keys, random), model(keys.subList(0, keys.size() / 2), random));
        float[] bias = {0, 2.5f, 1.25f, 0.625f, 0, 0, 0, 0, 0};
        for (int round = 0; round < 3; round++) {
            for (ModelPair pair : List.of(a, b)) {
                for (Features.Sentence s : sentences) {
                    int n = s.size();
                    long[] feats = new long[(n + 2) * P];
                    features.extract(s, feats, P);
                    ModelPair.Memo memo = ModelPair.memo(feats.length);
                    int[] expected = pair.first(feats, P, n, bias, memo);
                    long[] expectedFound = Arrays.copyOfRange(memo.found, P, P + n * P);
                    Arrays.fill(memo.found, 0L);
                    assertThat(pair.first(feats, P, s, bias, memo)).isEqualTo(expected);
                    assertThat(Arrays.copyOfRange(memo.found, P, P + n * P)).isEqualTo(expectedFound);
                }
            }
        }
    }

    private static PerceptronModel model(List<Long> keys, Random random) {
        int t = Tags.COUNT;
        long[] k = new long[keys.size()];
        float[] w = new float[keys.size() * t];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i);
            for (int j = 0; j < t; j++) {
                w[i * t + j] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(5) - 2));
            }
        }
        float[] trans = new float[(t + 1) * t];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = (float) random.nextGaussian();
        }
        return PerceptronModel.of(k, w, trans);
    }
}
