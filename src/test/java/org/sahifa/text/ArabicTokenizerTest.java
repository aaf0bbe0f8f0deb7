package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

    @Test
    void wordsAreNormalisedAndKeepTheirOriginalSpans() {
        String s = "اعتذر من بـوتين، «إلهام» علِييف في ناغوروني‌كاراباخ!";
        List<ArabicTokenizer.Token> tokens = ArabicTokenizer.tokenize(s);
        assertThat(tokens).extracting(ArabicTokenizer.Token::text)
                .containsExactly("اعتذر", "من", "بوتين", "الهام", "علييف", "في", "ناغورونيكاراباخ");
        ArabicTokenizer.Token putin = tokens.get(2);
        assertThat(s.substring(putin.start(), putin.end())).isEqualTo("بـوتين");
        ArabicTokenizer.Token ilham = tokens.get(3);
        assertThat(s.substring(ilham.start(), ilham.end())).isEqualTo("إلهام");
    }

    @Test
    void numbersInAnyDigitsAreNumbers() {
        List<ArabicTokenizer.Token> tokens = ArabicTokenizer.tokenize("عام ٢٠٢٠ و 24 ساعة");
        assertThat(tokens).extracting(ArabicTokenizer.Token::text).containsExactly("عام", "2020", "و", "24", "ساعه");
        assertThat(tokens.get(1).kind()).isEqualTo(ArabicTokenizer.Kind.NUMBER);
    }

    @Test
    void bidiMarksInsideAWordDoNotSplitIt() {
        assertThat(ArabicTokenizer.tokenize("قره\u200Fباغ Kara\u200Ebakh")).extracting(ArabicTokenizer.Token::text)
                .containsExactly("قرهباغ", "karabakh");
    }

    @Test
    void sameTokensUnderEveryDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (String tag : new String[] {"tr", "ar", "en"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(ArabicTokenizer.tokenize("KIRIKKALE İstanbul Yerevan"))
                        .extracting(ArabicTokenizer.Token::text).containsExactly("kirikkale", "istanbul", "yerevan");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void emptyAndBrokenInput() {
        assertThat(ArabicTokenizer.tokenize("")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(null)).isEmpty();
        assertThat(ArabicTokenizer.tokenize("\uD800\uD800 ـــ")).isEmpty();
    }
}
