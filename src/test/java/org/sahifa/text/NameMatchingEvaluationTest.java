package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Recall over Sahifa's own variant groups and false-match rate over its own confusable pairs (resources
 * name-variants.txt, name-confusables.txt). The thresholds and the measured figures are in docs/arabic-text.md.
 */
class NameMatchingEvaluationTest {

    /**
     * The issue's target is recall ≥ 0.97 with ≤ 2 % merged; these guards hold what is reached (docs/arabic-text.md,
     * decisions 0049, 0051, 0129): the development part meets the merged target, not the recall one since the
     * second real-text pass added spellings that differ by a written vowel (0.949 after decision 0129).
     */
    static final double MIN_RECALL = 0.94;
    static final double MIN_HELD_OUT_RECALL = 0.76;
    static final double MAX_DEV_FALSE_MATCH_RATE = 0.02;
    static final double MAX_FALSE_MATCH_RATE = 0.05;
    /**
     * Its first reading (decision 0051): recall 0.667 (64/96), merged 24/192 = 0.125; development data since
     * decision 0129 (0.740, 71/96); guarded with room.
     */
    static final double MIN_SECOND_HELD_OUT_RECALL = 0.7;
    static final double MAX_SECOND_HELD_OUT_FALSE_MATCH_RATE = 0.15;
    /** The third part's first reading, on main 54410d0 (decision 0128): recall 0.586 (75/128), merged 12/144. */
    static final double MIN_THIRD_HELD_OUT_RECALL = 0.5;
    static final double MAX_THIRD_HELD_OUT_FALSE_MATCH_RATE = 0.12;
    /**
     * The fourth part's first reading, on main 380c19d (decision 0130): recall 0.705 (79/112), merged 18/198 =
     * 0.091; guarded with room.
     */
    static final double MIN_FOURTH_HELD_OUT_RECALL = 0.62;
    static final double MAX_FOURTH_HELD_OUT_FALSE_MATCH_RATE = 0.13;
    /** The held-out part is small (55 confusable pairs): its false matches are asserted with both parts. */
    static final String[] VARIANTS = {"name-variants.txt", "name-variants-held-out.txt"};
    static final String[] CONFUSABLES = {"name-confusables.txt", "name-confusables-held-out.txt"};

    /**
     * The second held-out part (decision 0051): labelled before anything was scored on it, scored only by
     * {@link #laterHeldOutParts}, which prints its one line after every other line of the test.
     */
    static final String VARIANTS_2 = "name-variants-held-out-2.txt";
    static final String CONFUSABLES_2 = "name-confusables-held-out-2.txt";

    /**
     * {@code -Dnames.heldOut.list=true} lists the misses and false matches of the first held-out part too (development
     * data since decision 0130, as parts 2 to 6, which are always listed: part 6 since decision 0235). The clean
     * seventh part is never listed, with or without it.
     */
    static final boolean LIST_HELD_OUT = Boolean.getBoolean("names.heldOut.list");

    private final NameMatcher matcher = NameMatcher.standard();

    /**
     * The third held-out part (decision 0128): SaudiNewsNet words paired and labelled by hand without Sahifa
     * (scripts/name-set-candidates.py), committed before anything was scored on it; scored only by
     * {@link #laterHeldOutParts}.
     */
    static final String VARIANTS_3 = "name-variants-held-out-3.txt";
    static final String CONFUSABLES_3 = "name-confusables-held-out-3.txt";
    /**
     * The fourth held-out part (decision 0130): the same script with a wider net, labelled by hand and committed
     * before anything was scored on it; its pairs are never listed, only its aggregate line. Parts 2 and 3 are
     * development data since decision 0130: their misses and false matches are listed.
     */
    static final String VARIANTS_4 = "name-variants-held-out-4.txt";
    static final String CONFUSABLES_4 = "name-confusables-held-out-4.txt";
    /**
     * The fifth held-out part (decision 0143): the same script with a still wider net, read in a seeded order,
     * labelled by hand and committed before anything was scored on it; its pairs are never listed, only its aggregate
     * line. Part 4 is development data since decision 0143: its misses and false matches are listed.
     */
    static final String VARIANTS_5 = "name-variants-held-out-5.txt";
    static final String CONFUSABLES_5 = "name-confusables-held-out-5.txt";
    /** Guards of the fifth part, set before its first reading (decision 0143): wide, as for the third part. */
    static final double MIN_FIFTH_HELD_OUT_RECALL = 0.45;
    static final double MAX_FIFTH_HELD_OUT_FALSE_MATCH_RATE = 0.15;
    /**
     * The sixth held-out part (decision 0181): the same script with the widest net yet (words in one article too),
     * read in a seeded order, labelled by hand and committed before anything was scored on it; its pairs are never
     * listed, only its aggregate line. Part 5 is development data since decision 0181: its misses and false matches
     * are listed.
     */
    static final String VARIANTS_6 = "name-variants-held-out-6.txt";
    static final String CONFUSABLES_6 = "name-confusables-held-out-6.txt";
    /** Guards of the sixth part, set before its first reading (decision 0181): wide, as for the fifth part. */
    static final double MIN_SIXTH_HELD_OUT_RECALL = 0.45;
    static final double MAX_SIXTH_HELD_OUT_FALSE_MATCH_RATE = 0.15;
    /**
     * The seventh held-out part (decision 0235): the same script with a still wider net (every word the name filters
     * keep, however rarely next to a cue), read in a seeded order, labelled by hand and committed before anything was
     * scored on it; its pairs are never listed, only its aggregate line. Part 6 is development data since decision
     * 0235: its misses and false matches are listed.
     */
    static final String VARIANTS_7 = "name-variants-held-out-7.txt";
    static final String CONFUSABLES_7 = "name-confusables-held-out-7.txt";
    /** Guards of the seventh part, set before its first reading (decision 0235): wide, as for the fifth and sixth. */
    static final double MIN_SEVENTH_HELD_OUT_RECALL = 0.45;
    static final double MAX_SEVENTH_HELD_OUT_FALSE_MATCH_RATE = 0.15;

    /**
     * Recall and false matches of the second and third held-out parts, one line each, printed last so that they are
     * read once and never while changing the matcher. Guards: what each part's first reading gave, with room
     * (decisions 0051, 0128).
     */
    @AfterAll
    static void laterHeldOutParts() throws IOException {
        heldOutPart(VARIANTS_2, CONFUSABLES_2, MIN_SECOND_HELD_OUT_RECALL, MAX_SECOND_HELD_OUT_FALSE_MATCH_RATE);
        heldOutPart(VARIANTS_3, CONFUSABLES_3, MIN_THIRD_HELD_OUT_RECALL, MAX_THIRD_HELD_OUT_FALSE_MATCH_RATE);
        heldOutPart(VARIANTS_4, CONFUSABLES_4, MIN_FOURTH_HELD_OUT_RECALL, MAX_FOURTH_HELD_OUT_FALSE_MATCH_RATE);
        heldOutPart(VARIANTS_5, CONFUSABLES_5, MIN_FIFTH_HELD_OUT_RECALL, MAX_FIFTH_HELD_OUT_FALSE_MATCH_RATE);
        heldOutPart(VARIANTS_6, CONFUSABLES_6, MIN_SIXTH_HELD_OUT_RECALL, MAX_SIXTH_HELD_OUT_FALSE_MATCH_RATE);
        heldOutPart(VARIANTS_7, CONFUSABLES_7, MIN_SEVENTH_HELD_OUT_RECALL, MAX_SEVENTH_HELD_OUT_FALSE_MATCH_RATE);
    }

    private static void heldOutPart(String variants, String confusablesFile, double minRecall, double maxMerged)
            throws IOException {
        NameMatcher m = NameMatcher.standard();
        int pairs = 0;
        int found = 0;
        boolean listed = !variants.equals(VARIANTS_7);
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<List<String>> groups = read(variants);
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    pairs++;
                    if (m.isVariant(g.get(i), g.get(j))) {
                        found++;
                    } else {
                        misses.add(g.get(i) + "/" + g.get(j));
                    }
                }
            }
        }
        List<List<String>> confusables = read(confusablesFile);
        int merged = 0;
        for (List<String> p : confusables) {
            if (m.isVariant(p.get(0), p.get(1))) {
                merged++;
                wrong.add(p.get(0) + "/" + p.get(1));
            }
        }
        System.out.printf("%s + %s: %d groups, %d pairs, found %d, recall %.3f; %d confusable pairs, merged %d"
                + " (%.3f)%s%n", variants, confusablesFile, groups.size(), pairs, found, (double) found / pairs,
                confusables.size(), merged, (double) merged / confusables.size(),
                listed ? "; misses: " + misses + "; merged: " + wrong : "");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(40);
        assertThat(confusables).hasSizeGreaterThanOrEqualTo(40);
        assertThat((double) found / pairs).isGreaterThanOrEqualTo(minRecall);
        assertThat((double) merged / confusables.size()).isLessThanOrEqualTo(maxMerged);
    }

    static List<List<String>> read(String resource) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NameMatchingEvaluationTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (String s : line.split("\\|")) {
                    row.add(s.strip());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void variantsOfOneNameFindEachOther() throws IOException {
        assertThat(read(VARIANTS[0])).hasSizeGreaterThanOrEqualTo(40);
        double dev = variantRecall(VARIANTS[0]);
        double heldOut = variantRecall(VARIANTS[1]);
        assertThat(dev).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(heldOut).isGreaterThanOrEqualTo(MIN_HELD_OUT_RECALL);
    }

    private double variantRecall(String part) throws IOException {
        List<List<String>> groups = read(part);
        int pairs = 0;
        int found = 0;
        int keyed = 0;
        List<String> misses = new ArrayList<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    pairs++;
                    if (matcher.isVariant(g.get(i), g.get(j))) {
                        found++;
                    } else {
                        misses.add(g.get(i) + " / " + g.get(j));
                    }
                    if (NameKey.of(g.get(i)).equals(NameKey.of(g.get(j)))) {
                        keyed++;
                    }
                }
            }
        }
        int stockFound = 0;
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    if (stockTerms(g.get(i)).equals(stockTerms(g.get(j)))) {
                        stockFound++;
                    }
                }
            }
        }
        System.out.printf("stock Lucene ArabicAnalyzer (same terms): recall %.3f%n", (double) stockFound / pairs);
        assertThat(found).isGreaterThan(stockFound);
        double recall = (double) found / pairs;
        System.out.printf("%s: %d groups, %d pairs, found %d, recall %.3f (same key %.3f); misses: %s%n",
                part, groups.size(), pairs, found, recall, (double) keyed / pairs,
                part.contains("held-out") && !LIST_HELD_OUT ? "(not listed: held out)" : misses);
        return recall;
    }

    private static List<String> stockTerms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var a = new org.apache.lucene.analysis.ar.ArabicAnalyzer(); var ts = a.tokenStream("f", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void distinctNamesStayApart() throws IOException {
        assertThat(read(CONFUSABLES[0])).hasSizeGreaterThanOrEqualTo(40);
        int all = 0;
        int allFalse = 0;
        double devRate = 1;
        for (String part : CONFUSABLES) {
            List<List<String>> pairs = read(part);
            all += pairs.size();
            int f = falseMatches(part, pairs);
            allFalse += f;
            if (part.equals(CONFUSABLES[0])) {
                devRate = (double) f / pairs.size();
            }
        }
        System.out.printf("both parts: %d pairs, false matches %d (%.3f)%n", all, allFalse, (double) allFalse / all);
        assertThat(devRate).isLessThanOrEqualTo(MAX_DEV_FALSE_MATCH_RATE);
        assertThat((double) allFalse / all).isLessThanOrEqualTo(MAX_FALSE_MATCH_RATE);
    }

    private int falseMatches(String part, List<List<String>> pairs) throws IOException {
        int falseMatches = 0;
        List<String> wrong = new ArrayList<>();
        for (List<String> p : pairs) {
            if (matcher.isVariant(p.get(0), p.get(1))) {
                falseMatches++;
                wrong.add(p.get(0) + " / " + p.get(1));
            }
        }
        int stockFalse = 0;
        for (List<String> p : pairs) {
            if (stockTerms(p.get(0)).equals(stockTerms(p.get(1)))) {
                stockFalse++;
            }
        }
        System.out.printf("stock Lucene ArabicAnalyzer false matches: %d%n", stockFalse);
        double rate = (double) falseMatches / pairs.size();
        System.out.printf("%s: %d pairs, false matches %d (%.3f): %s%n", part, pairs.size(), falseMatches, rate,
                part.contains("held-out") && !LIST_HELD_OUT ? "(not listed: held out)" : wrong);
        return falseMatches;
    }
}
