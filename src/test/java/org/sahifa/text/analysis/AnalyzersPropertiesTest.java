package org.sahifa.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.ArabicNormalizer;

/** Every analyzer on random text: no exception, offsets in range and non-decreasing, terms non-empty. */
class AnalyzersPropertiesTest {

    private static final ArabicSearchAnalyzers ANALYZERS = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("قره", "باغ", "وبوتين", "الكرملين", "xx", "Karabakh", "x", "٣٫٥",
                "ـ", "\u200F", "،", "في", "لل", "ﷲ", "\uD800", "Nagorno", "كاراباخ", "و", "اال").list().ofMaxSize(30)
                .map(l -> String.join(" ", l));
        return Arbitraries.oneOf(words, Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', 'x', '.').ofMaxLength(80));
    }

    static void check(Analyzer a, String text) throws IOException {
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = 0;
            boolean first = true;
            while (ts.incrementToken()) {
                assertThat(term.length()).isPositive();
                assertThat(off.startOffset()).isBetween(lastStart, off.endOffset());
                assertThat(off.endOffset()).isLessThanOrEqualTo(text.length());
                if (first) {
                    assertThat(inc.getPositionIncrement()).isPositive();
                    first = false;
                }
                lastStart = off.startOffset();
            }
            ts.end();
        }
    }

    @Property(tries = 400)
    void analyzersAreWellBehaved(@ForAll("texts") String text) throws IOException {
        for (Analyzer a : List.of(ANALYZERS.exact(), ANALYZERS.stemmed(), ANALYZERS.names())) {
            check(a, text);
        }
    }

    @Property(tries = 200)
    void exactTermsAreNormalisedWords(@ForAll("texts") String text) throws IOException {
        try (TokenStream ts = ANALYZERS.exact().tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                assertThat(ArabicNormalizer.normalize(t)).isEqualTo(t);
            }
            ts.end();
        }
    }

    @Example
    void latinXKeysDoNotOverflow() throws IOException {
        check(ANALYZERS.names(), "xxxx xxxxxxxxxx x xx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
}
