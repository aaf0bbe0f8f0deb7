package org.sahifa.entities.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed split of the ANERcorp training file used for Sahifa's model: the last 15% of sentences are the
 * held-out test part (never trained or tuned on), the 10% before them the development part (for choosing
 * features, rules and epochs), the rest the training part. The held-out figures are those of a model trained on
 * training + development; the shipped model is then refit on all three parts with the same configuration
 * (decision record 0066).
 */
public record Split(List<ConllCorpus.Sentence> train, List<ConllCorpus.Sentence> dev, List<ConllCorpus.Sentence> test) {

    public static final double TEST_FRACTION = 0.15;
    public static final double DEV_FRACTION = 0.10;

    public static Split of(List<ConllCorpus.Sentence> all) {
        int n = all.size();
        int testStart = n - (int) Math.round(n * TEST_FRACTION);
        int devStart = testStart - (int) Math.round(n * DEV_FRACTION);
        return new Split(all.subList(0, devStart), all.subList(devStart, testStart), all.subList(testStart, n));
    }

    /** Every sentence: training, development and held-out parts, in corpus order (for the shipped refit). */
    public List<ConllCorpus.Sentence> all() {
        List<ConllCorpus.Sentence> out = trainAndDev();
        out.addAll(test);
        return out;
    }

    public List<ConllCorpus.Sentence> trainAndDev() {
        List<ConllCorpus.Sentence> out = new ArrayList<>(train);
        out.addAll(dev);
        return out;
    }
}
