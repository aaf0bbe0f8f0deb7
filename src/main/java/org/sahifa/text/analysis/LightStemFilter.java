package org.sahifa.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.sahifa.text.LightStemmer;

/** Replaces each normalised word by its {@link LightStemmer} stem; keywords and numbers are kept. */
public final class LightStemFilter extends TokenFilter {

    private final LightStemmer stemmer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    /** Stems the words of {@code input} with {@code stemmer}. */
    public LightStemFilter(TokenStream input, LightStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword() && termAtt.length() >= 3) {
            termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }
}
