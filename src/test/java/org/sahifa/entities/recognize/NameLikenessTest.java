package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NameLikenessTest {

    @Test
    void trigramsSharedWithNamesScoreHigherThanTrigramsSharedWithWords() {
        NameLikeness l = new NameLikeness(Set.of("ايفانوف", "بتروف", "سميرنوف"), Set.of("كتاب", "كتابه", "مكتوب"));
        assertThat(l.score("ليبيدوف")).isGreaterThan(0);
        assertThat(l.score("مكتبه")).isLessThan(0);
        assertThat(l.bucket("ليبيدوف")).isGreaterThan(l.bucket("مكتبه"));
    }

    @Test
    void bucketsStayInRangeAndZeroMeansNoArabicLetters() {
        NameLikeness l = new NameLikeness(Set.of("ايفانوف"), Set.of("كتاب"));
        assertThat(l.bucket("putin")).isZero();
        assertThat(l.bucket("2023")).isZero();
        assertThat(l.bucket("ايفانوف")).isBetween(1, NameLikeness.BUCKETS - 1);
        assertThat(l.bucket("كتاب")).isBetween(1, NameLikeness.BUCKETS - 1);
    }

    @Test
    void theBundledListsTellTransliteratedNamesFromArabicWords() {
        NameLikeness l = NameLikeness.of(org.sahifa.entities.gazetteer.Gazetteer.standard().nameWords(), CommonWords.standard());
        for (String name : new String[] {"باشينيان", "لوكاشينكو", "شوارزنيغر", "ستراسبورغ"}) {
            for (String word : new String[] {"المسلحين", "الاقتصاديه", "يستطيعون", "محادثات"}) {
                assertThat(l.score(name)).as(name + " vs " + word).isGreaterThan(l.score(word));
            }
        }
    }

    /**
     * Scores are, bit for bit, those of the trigram strings looked up in a map (as scoring was written before the
     * table of keys): for the bundled lists' model, over list words, common words, random Arabic and Latin
     * strings, words with the edge mark itself, presentation forms and the empty word.
     */
    @Test
    void scoresEqualLookingTrigramStringsUpInAMap() {
        var gazetteer = org.sahifa.entities.gazetteer.Gazetteer.standard();
        NameLikeness l = NameLikeness.of(gazetteer.nameWords(), CommonWords.standard());
        Set<String> names = new java.util.HashSet<>();
        for (String w : gazetteer.nameWords()) {
            String f = NameFold.fold(w);
            if (CommonWords.standard().code(f) == CommonWords.UNKNOWN) {
                names.add(f);
            }
        }
        ByStrings reference = new ByStrings(names, CommonWords.standard().words());
        java.util.List<String> words = new java.util.ArrayList<>();
        names.stream().limit(3000).forEach(words::add);
        CommonWords.standard().words().stream().limit(3000).forEach(words::add);
        java.util.Random random = new java.util.Random(9);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ#abcz\uFEFB\u0640";
        for (int k = 0; k < 3000; k++) {
            StringBuilder w = new StringBuilder();
            for (int c = random.nextInt(9); c > 0; c--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        words.add("");
        for (String w : words) {
            assertThat(Double.doubleToRawLongBits(l.score(w))).as(w)
                    .isEqualTo(Double.doubleToRawLongBits(reference.score(w)));
        }
    }

    /** The former scoring: trigram strings in a map. */
    private static final class ByStrings {
        private final java.util.Map<String, Float> logOdds = new java.util.HashMap<>();
        private final float prior;

        ByStrings(Set<String> names, Set<String> words) {
            java.util.Map<String, int[]> counts = new java.util.HashMap<>();
            long[] totals = new long[2];
            count(names, 0, counts, totals);
            count(words, 1, counts, totals);
            int vocabulary = counts.size();
            for (var e : counts.entrySet()) {
                int[] c = e.getValue();
                double pn = (c[0] + 1.0) / (totals[0] + vocabulary);
                double pw = (c[1] + 1.0) / (totals[1] + vocabulary);
                logOdds.put(e.getKey(), (float) Math.log(pn / pw));
            }
            prior = (float) Math.log((1.0 / (totals[0] + vocabulary)) / (1.0 / (totals[1] + vocabulary)));
        }

        private static void count(Set<String> set, int side, java.util.Map<String, int[]> counts, long[] totals) {
            for (String w : set) {
                String p = "#" + w + "#";
                for (int i = 0; i + 3 <= p.length(); i++) {
                    counts.computeIfAbsent(p.substring(i, i + 3), k -> new int[2])[side]++;
                    totals[side]++;
                }
            }
        }

        double score(String fold) {
            String p = "#" + fold + "#";
            double sum = 0;
            int n = 0;
            for (int i = 0; i + 3 <= p.length(); i++) {
                Float lo = logOdds.get(p.substring(i, i + 3));
                sum += lo == null ? prior : lo;
                n++;
            }
            return n == 0 ? 0 : sum / n;
        }
    }
}
