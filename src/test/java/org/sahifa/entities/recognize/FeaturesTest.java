package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.gazetteer.Gazetteer;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturesTest {

    private final Features features = new Features(Gazetteer.standard());

    /**
     * The second pass rewrites only the document-evidence features in place; that must give exactly what
     * extracting every feature again gives (anywhere in a larger buffer, over whatever was there before).
     */
    @Test
    void updatingDocumentFeaturesEqualsExtractingAgain() {
        Features.Sentence s = features.analyse(Tokenizer.tokenize(
                "قال الرئيس فلاديمير بوتين في موسكو إن روسيا ستدعم سوريا ، وقال بوتين أيضا"));
        int n = s.size();
        int offset = 3 * Features.PER_TOKEN;
        long[] buffer = new long[offset + (n + 2) * Features.PER_TOKEN];
        Arrays.fill(buffer, 7L);
        features.extract(s, buffer, offset);
        long[] firstPass = Arrays.copyOfRange(buffer, offset, offset + n * Features.PER_TOKEN);

        for (int i = 0; i < n; i++) {
            s.doc[i] = i % 3 == 0 ? 0 : 100 * (i % 4) + 10 * (i % 3) + i % 2;
        }
        features.updateDocumentFeatures(s, buffer, offset);
        long[] again = features.extract(s, null);

        assertThat(Arrays.copyOfRange(buffer, offset, offset + n * Features.PER_TOKEN))
                .isEqualTo(Arrays.copyOf(again, n * Features.PER_TOKEN))
                .isNotEqualTo(firstPass);
        assertThat(buffer[offset - 1]).isEqualTo(7L);
        assertThat(buffer[offset + n * Features.PER_TOKEN]).isEqualTo(7L);
    }
}
