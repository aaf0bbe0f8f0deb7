package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The analysis of {@link PlacedNames#FIELD}: of the exact analysis' words, only those written right after a place
 * head of the lists ({@link NameLexiconWords#placeHeads()} of at least {@value #MIN_HEAD} letters: محافظه, مدينه,
 * منطقه, ولايه …), the head also behind a proclitic (بمحافظه, وفي is no head). Indexed once per article (docs only),
 * so that in how many articles a word follows a place head is a document frequency (decision 0175).
 */
final class PlacedWords extends AnalyzerWrapper {

    /** Fewest letters of a head word (the list also writes the article ال apart). */
    static final int MIN_HEAD = 3;
    private static final String PROCLITICS = "وفبلك";

    private final Analyzer exact;
    /** The heads, for look-ups by a token's chars. */
    private final CharArraySet headChars;

    PlacedWords(Analyzer exact) {
        this(exact, heads(NameLexiconWords.standard()));
    }

    PlacedWords(Analyzer exact, Set<String> heads) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.exact = exact;
        this.headChars = CharArraySet.unmodifiableSet(new CharArraySet(heads, false));
    }

    /** The place heads of the lists of at least {@value #MIN_HEAD} letters. */
    static Set<String> heads(NameLexiconWords lexicon) {
        Set<String> out = new HashSet<>();
        for (String h : lexicon.placeHeads()) {
            if (h.length() >= MIN_HEAD) {
                out.add(h);
            }
        }
        return out;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return exact;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new AfterHead(components.getTokenStream(), headChars));
    }

    /** True when the normalised word is a head, as written or behind one or two proclitic letters. */
    static boolean isHead(CharSequence w, Set<String> heads) {
        String s = w.toString();
        if (heads.contains(s)) {
            return true;
        }
        for (int i = 0; i < 2 && i < s.length() - MIN_HEAD; i++) {
            if (PROCLITICS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
            if (heads.contains(s.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #isHead(CharSequence, Set)} of a token's chars, without making a string of every word of every body
     * (decision 0205: that was two thirds of this field's analysis at import).
     */
    static boolean isHead(char[] w, int length, CharArraySet heads) {
        if (heads.contains(w, 0, length)) {
            return true;
        }
        for (int i = 0; i < 2 && i < length - MIN_HEAD; i++) {
            if (PROCLITICS.indexOf(w[i]) < 0) {
                return false;
            }
            if (heads.contains(w, i + 1, length - i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the tokens right after a head token. */
    private static final class AfterHead extends TokenFilter {

        private final CharArraySet heads;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private boolean afterHead;

        AfterHead(TokenStream input, CharArraySet heads) {
            super(input);
            this.heads = heads;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                boolean keep = afterHead && increment.getPositionIncrement() == 1;
                afterHead = isHead(term.buffer(), term.length(), heads);
                if (keep) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            afterHead = false;
        }
    }
}
