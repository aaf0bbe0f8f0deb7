package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recall over Sahifa's own variant groups and false-match rate over its own confusable pairs (resources
 * name-variants.txt, name-confusables.txt). The thresholds and the measured figures are in docs/arabic-text.md.
 */
class NameMatchingEvaluationTest {

    static final double MIN_RECALL = 0.90;
    static final double MAX_FALSE_MATCH_RATE = 0.05;

    private final NameMatcher matcher = NameMatcher.standard();

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
        List<List<String>> groups = read("name-variants.txt");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(40);
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
        System.out.printf("name variants: %d groups, %d pairs, recall %.3f (same key %.3f); misses: %s%n",
                groups.size(), pairs, recall, (double) keyed / pairs, misses);
        assertThat(recall).isGreaterThanOrEqualTo(MIN_RECALL);
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
        List<List<String>> pairs = read("name-confusables.txt");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
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
        System.out.printf("confusable pairs: %d, false matches %d (%.3f): %s%n", pairs.size(), falseMatches, rate,
                wrong);
        assertThat(rate).isLessThanOrEqualTo(MAX_FALSE_MATCH_RATE);
    }
}
