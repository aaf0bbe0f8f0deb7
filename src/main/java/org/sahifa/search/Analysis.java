package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs an analyzer over a string and returns its tokens (term, position, offsets into the string). */
final class Analysis {

    /** One token. */
    record Token(String term, int position, int start, int end) {
    }

    private Analysis() {
    }

    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Token(term.toString(), Math.max(position, 0), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        return terms(tokens(analyzer, field, text));
    }

    /** The terms of {@code tokens}, in order. */
    static List<String> terms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.term());
        }
        return out;
    }
}
