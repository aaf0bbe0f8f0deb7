package org.sahifa.entities.recognize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @Test
    void punctuationSplitsOffAndCliticsStay() {
        List<Token> t = Tokenizer.tokenize("في أذربيجان، وبموسكو «نقدم».");
        assertThat(t).extracting(Token::fold).containsExactly("في", "اذربيجان", "،", "وبموسكو", "«", "نقدم", "»", ".");
        assertThat(t.get(1).start()).isEqualTo(3);
        assertThat(t.get(1).end()).isEqualTo(11);
    }

    @Test
    void diacriticsAndTatweelStayInsideTheWord() {
        List<Token> t = Tokenizer.tokenize("شنّتها بـــاكو");
        assertThat(t).hasSize(2);
        assertThat(t.get(1).fold()).isEqualTo("باكو");
    }

    @Test
    void lineStartsAreMarked() {
        List<Token> t = Tokenizer.tokenize("باكو\nيريفان");
        assertThat(t.get(0).lineStart()).isTrue();
        assertThat(t.get(1).lineStart()).isTrue();
    }

    @Property
    void tokensAreOrderedNonEmptySpansOfTheInput(@ForAll String s) {
        int last = 0;
        for (Token t : Tokenizer.tokenize(s)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
            last = t.end();
        }
    }
}
