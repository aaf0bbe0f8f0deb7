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

    /**
     * Words answered from the thread's table of recent words (by string identity) give the features that a fresh
     * analysis gives, also when an equal word comes as another string instance, or in many other words' company
     * (slots taken over).
     */
    @Test
    void wordsAnsweredFromTheRecentTableGiveTheSameFeatures() {
        var tokens = Tokenizer.tokenize(
                "قال الرئيس فلاديمير بوتين في موسكو إن روسيا ستدعم سوريا ، وقال بوتين أيضا في موسكو");
        var copies = tokens.stream().map(t -> new Token(t.start(), t.end(), new String(t.fold().toCharArray()),
                t.word(), t.lineStart())).toList();
        long[] first = features.extract(features.analyse(tokens), null);
        assertThat(features.extract(features.analyse(tokens), null)).isEqualTo(first);
        assertThat(features.extract(features.analyse(copies), null)).isEqualTo(first);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("كلمة").append(Integer.toString(i, 7).replace('0', 'ب').replace('1', 'ت')
                    .replace('2', 'ث').replace('3', 'ج').replace('4', 'ح').replace('5', 'خ').replace('6', 'د')).append(' ');
        }
        features.analyse(Tokenizer.tokenize(many));
        assertThat(features.extract(features.analyse(tokens), null)).isEqualTo(first);
        Features fresh = new Features(Gazetteer.standard());
        assertThat(fresh.extract(fresh.analyse(copies), null)).isEqualTo(first);
    }

    /**
     * The per-word cache keeps at most two generations, and words answered from either generation, moved between
     * them or computed again after they were dropped give the features a cache that never drops a word gives.
     */
    @Test
    void featuresStayTheSameWhileTheWordCacheTurnsOverGenerations() {
        Gazetteer gazetteer = Gazetteer.standard();
        Features small = new Features(gazetteer, CommonWords.standard(), NameWordList.standard(),
                WordClusters.standard(), 40);
        Features large = new Features(gazetteer, CommonWords.standard(), NameWordList.standard(),
                WordClusters.standard(), 1_000_000);
        java.util.Random random = new java.util.Random(5);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ";
        String[] frequent = {"قال", "الرئيس", "بوتين", "في", "موسكو", "وزير", "الخارجية", "سعود", "الفيصل"};
        for (int doc = 0; doc < 30; doc++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                if (random.nextInt(3) == 0) {
                    text.append(frequent[random.nextInt(frequent.length)]);
                } else {
                    for (int c = 2 + random.nextInt(6); c > 0; c--) {
                        text.append(letters.charAt(random.nextInt(letters.length())));
                    }
                }
                text.append(random.nextInt(12) == 0 ? " ، " : " ");
            }
            var tokens = Tokenizer.tokenize(text);
            assertThat(small.extract(small.analyse(tokens), null)).isEqualTo(large.extract(large.analyse(tokens), null));
            int[] sizes = small.cacheSizes();
            assertThat(sizes[0]).isLessThanOrEqualTo(40);
            assertThat(sizes[1]).isLessThanOrEqualTo(40);
        }
        assertThat(small.cacheSizes()[1]).isEqualTo(40); // generations did turn over
        assertThat(large.cacheSizes()[1]).isZero();
    }
}
