package org.sahifa.text.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicGivenNames;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An English possessive is read as the word it follows, in every analysis, its offsets before the apostrophe. */
class PossessiveTokenTest {

    private static final ArabicSearchAnalyzers ANALYZERS = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZERS.exact().tokenStream("body.exact", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void straightAndCurlyApostrophesAreReadAsTheName() throws IOException {
        assertThat(tokens("Lebanon's cabinet")).containsExactly("lebanon@Lebanon", "cabinet@cabinet");
        assertThat(tokens("Lebanon\u2019s cabinet")).containsExactly("lebanon@Lebanon", "cabinet@cabinet");
        assertThat(tokens("OBAMA'S plan")).containsExactly("obama@OBAMA", "plan@plan");
    }

    @Test
    void otherApostrophesAndArabicAreLeftAlone() throws IOException {
        assertThat(tokens("O'Brien")).containsExactly("o'brien@O'Brien");
        assertThat(tokens("Saudis' plan")).extracting(t -> t.substring(0, t.indexOf('@')))
                .containsExactly("saudis", "plan");
        assertThat(tokens("لبنان's")).doesNotContain("لبنان@لبنان");
    }

    @Test
    void theNameAnalysisReadsThePossessiveToo() throws IOException {
        assertThat(nameTerms("Lebanon's")).isEqualTo(nameTerms("Lebanon"));
    }

    private static List<String> nameTerms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZERS.names().tokenStream("body.name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
