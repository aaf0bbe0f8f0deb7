package org.sahifa.text.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.sahifa.text.ArabicStopwords;
import org.sahifa.text.LightStemmer;
import org.sahifa.text.NameKey;

/**
 * Turns normalised words into name-key terms ({@link NameKeyTerms}): for each word that could be a name (not
 * a number, not a function word, at least two letters) the term of the word, the terms of the word without
 * its proclitics ({@code وكاراباخ} also gives {@code كاراباخ}), and — when the previous word is short (at most
 * four letters, one or two consonant classes, like قره, نيو, ابو, سان) — the term of the two words together,
 * so that {@code قره باغ} and {@code كاراباخ} share the key {@code krbk}. A two-word term spans both words in
 * the original text and comes first at the second word's position.
 */
public final class NameKeyFilter extends TokenFilter {

    /** Type of a one-word name-key term. */
    public static final String NAME = "<NAME>";
    /** Type of a two-word name-key term. */
    public static final String NAME_PAIR = "<NAME_PAIR>";

    private final LightStemmer stemmer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private record Out(String term, int start, int end, String type) {
    }

    private final ArrayDeque<Out> pending = new ArrayDeque<>();
    private String[] previousForms;
    private int previousStart;
    private int pendingPosInc;

    /** Name keys of the words of {@code input}; {@code stemmer} knows the proclitics and protects names. */
    public NameKeyFilter(TokenStream input, LightStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            pendingPosInc += posIncAtt.getPositionIncrement();
            String word = termAtt.toString();
            int start = offsetAtt.startOffset();
            int end = offsetAtt.endOffset();
            if (SahifaTokenizer.NUMBER.equals(typeAtt.type()) || word.length() < 2
                    || ArabicStopwords.contains(word)) {
                previousForms = null;
                continue;
            }
            String[] stripped = stemmer.withoutProclitics(word);
            if (previousForms != null) {
                for (String head : previousForms) {
                    String pair = head + ' ' + word;
                    String key = NameKey.ofNormalized(pair);
                    if (!key.isEmpty()) {
                        pending.add(new Out(NameKeyTerms.term(key, pair), previousStart, end, NAME_PAIR));
                    }
                }
            }
            addForm(word, start, end);
            for (String form : stripped) {
                addForm(form, start, end);
            }
            previousForms = isPairHead(word, stripped) ? headForms(word, stripped) : null;
            previousStart = start;
        }
        Out out = pending.poll();
        clearAttributes();
        termAtt.append(out.term());
        offsetAtt.setOffset(out.start(), out.end());
        typeAtt.setType(out.type());
        posIncAtt.setPositionIncrement(pendingPosInc);
        pendingPosInc = 0;
        return true;
    }

    private void addForm(String form, int start, int end) {
        String key = NameKey.ofNormalized(form);
        if (!key.isEmpty()) {
            pending.add(new Out(NameKeyTerms.term(key, form), start, end, NAME));
        }
    }

    private static boolean isPairHead(String word, String[] stripped) {
        String core = stripped.length > 0 ? stripped[stripped.length - 1] : word;
        if (core.length() > 4) {
            return false;
        }
        int k = NameKey.ofNormalized(core).length();
        return k >= 1 && k <= 2;
    }

    private static String[] headForms(String word, String[] stripped) {
        if (stripped.length == 0) {
            return new String[] {word};
        }
        return stripped;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        previousForms = null;
        pendingPosInc = 0;
    }
}
