package org.sahifa.entities.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency: a name is usually tagged the same way wherever a text repeats it (أغاسي, عزام,
 * السقاف). After a first pass over every sentence, this counts, per word (without clitics and article), how
 * often the first pass tagged it as each class; the second pass sees, for each token, what the <em>other</em>
 * occurrences of its word were tagged (its own tag is left out), as {@code class·100 + min(count, 3)·10 +
 * (that class is at least half of the word's other occurrences ? 1 : 0)}.
 */
public final class DocumentEvidence {

    private DocumentEvidence() {
    }

    /** Fills {@code doc} of every sentence from the first-pass tags. */
    public static void apply(List<Features.Sentence> sentences, List<int[]> firstPass) {
        Map<String, int[]> counts = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            Features.Sentence s = sentences.get(k);
            int[] tags = firstPass.get(k);
            for (int i = 0; i < s.size(); i++) {
                if (!s.tokens.get(i).word() || s.stem(i).length() < 2) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(s.stem(i), x -> new int[5]);
                c[Tags.cls(tags[i])]++;
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            Features.Sentence s = sentences.get(k);
            int[] tags = firstPass.get(k);
            for (int i = 0; i < s.size(); i++) {
                s.doc[i] = 0;
                int[] c = s.tokens.get(i).word() ? counts.get(s.stem(i)) : null;
                if (c == null) {
                    continue;
                }
                int own = Tags.cls(tags[i]);
                int total = -1;
                int best = 0;
                int bestCount = 0;
                for (int cls = 0; cls < c.length; cls++) {
                    int n = c[cls] - (cls == own ? 1 : 0);
                    total += c[cls];
                    if (cls > 0 && n > bestCount) {
                        best = cls;
                        bestCount = n;
                    }
                }
                if (best != 0) {
                    s.doc[i] = best * 100 + Math.min(bestCount, 3) * 10 + (bestCount * 2 >= total ? 1 : 0);
                }
            }
        }
    }
}
