package org.sahifa.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.analysis.ArabicSearchAnalyzers;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin's factories, found by their SPI names as Solr finds them from a schema, produce the desktop
 * index's tokens: terms, offsets into the original text, types and positions (Lucene's own assertions).
 */
class SahifaAnalysisFactoriesTest {

    private static final ArabicSearchAnalyzers DESKTOP = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());

    private static Analyzer analyzer(String... filters) throws IOException {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer(SahifaTokenizerFactory.NAME);
        for (String f : filters) {
            b.addTokenFilter(f);
        }
        return b.build();
    }

    @Test
    void theFactoriesAreFoundByTheirSpiNames() {
        assertThat(TokenizerFactory.availableTokenizers()).contains("sahifa");
        assertThat(TokenFilterFactory.availableTokenFilters()).contains("sahifaStem", "sahifaNameKey");
        assertThat(TokenizerFactory.lookupClass("sahifa")).isEqualTo(SahifaTokenizerFactory.class);
        assertThat(TokenFilterFactory.lookupClass("sahifaStem")).isEqualTo(SahifaStemFilterFactory.class);
        assertThat(TokenFilterFactory.lookupClass("sahifaNameKey")).isEqualTo(SahifaNameKeyFilterFactory.class);
    }

    @Test
    void tokenizerNormalisesWordsAndKeepsOriginalOffsets() throws IOException {
        // hamza, tatweel and a harakah are normalised away; offsets still cover the letters as written
        String text = "أذربيـجانُ في 2023";
        assertAnalyzesTo(analyzer(), text,
                new String[] {"اذربيجان", "في", "2023"},
                new int[] {0, 11, 14},
                new int[] {10, 13, 18},
                new String[] {"<WORD>", "<WORD>", "<NUM>"},
                new int[] {1, 1, 1});
    }

    @Test
    void stemFilterStemsWordsButNotNames() throws IOException {
        Analyzer a = analyzer(SahifaStemFilterFactory.NAME);
        assertThat(terms(a, "بوتين")).containsExactly("بوتين");
        assertThat(terms(a, "الحكومات")[0]).isNotEqualTo("الحكومات").hasSizeLessThan("الحكومات".length());
    }

    @Test
    void nameKeyFilterGivesSplitAndJoinedSpellingsOneKey() throws IOException {
        Analyzer a = analyzer(SahifaNameKeyFilterFactory.NAME);
        String[] split = terms(a, "قره باغ");
        String[] joined = terms(a, "كاراباخ");
        assertThat(split).contains("krbk|قره باغ");
        assertThat(joined).contains("krbk|كاراباخ");
        // the word, then its readings without proclitics (و, وك), all at one position over the whole word
        assertAnalyzesTo(a, "وكاراباخ",
                new String[] {"krbk|وكاراباخ", "rbk|اراباخ", "krbk|كاراباخ"},
                new int[] {0, 0, 0}, new int[] {8, 8, 8},
                new String[] {"<NAME>", "<NAME>", "<NAME>"}, new int[] {1, 0, 0});
    }

    @Test
    void eachFactoryMatchesTheDesktopAnalyzerOnRealText() throws IOException {
        String text = "قال الرئيس الأذربيجاني إلهام علييف إن قوات بلاده استعادت السيطرة على ناغورني قرة باغ، "
                + "وأعلن الكرملين أن بوتين ناقش الوضع في كاراباخ مع باشينيان يوم 20/9/2023.";
        assertSameTokens(analyzer(), DESKTOP.exact(), text);
        assertSameTokens(analyzer(SahifaStemFilterFactory.NAME), DESKTOP.stemmed(), text);
        assertSameTokens(analyzer(SahifaNameKeyFilterFactory.NAME), DESKTOP.names(), text);
    }

    @Test
    void unknownParametersAreRefusedByName() {
        Map<String, String> args = new HashMap<>(Map.of("stemmer", "light"));
        assertThatThrownBy(() -> new SahifaStemFilterFactory(args))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stemmer");
        assertThatThrownBy(() -> new SahifaTokenizerFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sahifa tokenizer");
        assertThatThrownBy(() -> new SahifaNameKeyFilterFactory(new HashMap<>(Map.of("x", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sahifaNameKey");
    }

    private static void assertSameTokens(Analyzer plugin, Analyzer desktop, String text) throws IOException {
        Tokens d = Tokens.of(desktop, text);
        assertAnalyzesTo(plugin, text, d.terms, d.starts, d.ends, d.types, d.increments);
    }

    /** Lucene's token-stream assertions (terms, offsets, types, increments, final offset, reset/end contract). */
    private static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends,
                                         String[] types, int[] increments) throws IOException {
        BaseTokenStreamTestCase.assertTokenStreamContents(a.tokenStream("f", text), terms, starts, ends, types,
                increments, null, text.length());
    }

    private static String[] terms(Analyzer a, String text) throws IOException {
        return Tokens.of(a, text).terms;
    }

    private record Tokens(String[] terms, int[] starts, int[] ends, String[] types, int[] increments) {
        static Tokens of(Analyzer a, String text) throws IOException {
            java.util.List<String> terms = new java.util.ArrayList<>();
            java.util.List<String> types = new java.util.ArrayList<>();
            java.util.List<int[]> ints = new java.util.ArrayList<>();
            try (var ts = a.tokenStream("f", text)) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
                var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                    types.add(type.type());
                    ints.add(new int[] {off.startOffset(), off.endOffset(), inc.getPositionIncrement()});
                }
                ts.end();
            }
            return new Tokens(terms.toArray(String[]::new), ints.stream().mapToInt(i -> i[0]).toArray(),
                    ints.stream().mapToInt(i -> i[1]).toArray(), types.toArray(String[]::new),
                    ints.stream().mapToInt(i -> i[2]).toArray());
        }
    }
}
