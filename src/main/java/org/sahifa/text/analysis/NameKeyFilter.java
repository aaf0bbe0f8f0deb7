package org.sahifa.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.sahifa.text.ArabicStopwords;
import org.sahifa.text.LightStemmer;
import org.sahifa.text.NameKey;

/**
 * Turns normalised words into name-key terms ({@link NameKeyTerms}): for each word that could be a name (not
 * a number, not a function word, at least two letters) the term of the word, the terms of the word without
 * its proclitics ({@code وكاراباخ} also gives {@code كاراباخ}), and — when the previous word is short (at most
 * four letters, one or two consonant classes, like قره, نيو, ابو, سان) — the term of the two words together,
 * so that {@code قره باغ} and {@code كاراباخ} share the key {@code krbk}. A two-word term spans both words in
 * the original text and comes first at the second word's position. Works on char buffers, without allocating
 * per token.
 */
public final class NameKeyFilter extends TokenFilter {

    /** Type of a one-word name-key term. */
    public static final String NAME = "<NAME>";
    /** Type of a two-word name-key term. */
    public static final String NAME_PAIR = "<NAME_PAIR>";

    private static final int MAX_OUT = 8;

    private final LightStemmer stemmer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    // terms waiting to be emitted
    private final char[][] outChars = new char[MAX_OUT][64];
    private final int[] outLength = new int[MAX_OUT];
    private final int[] outStart = new int[MAX_OUT];
    private final int[] outEnd = new int[MAX_OUT];
    private final boolean[] outPair = new boolean[MAX_OUT];
    private int outCount;
    private int outNext;

    // the previous word, when it can start a two-word name
    private char[] previous = new char[32];
    private int previousLength;
    private int previousProclitics;
    private boolean previousIsHead;
    private int previousStart;

    private char[] scratch = new char[64];
    private int pendingPosInc;

    /** Name keys of the words of {@code input}; {@code stemmer} knows the proclitics and protects names. */
    public NameKeyFilter(TokenStream input, LightStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (outNext == outCount) {
            outNext = 0;
            outCount = 0;
            if (!input.incrementToken()) {
                return false;
            }
            pendingPosInc += posIncAtt.getPositionIncrement();
            char[] w = termAtt.buffer();
            int n = termAtt.length();
            int start = offsetAtt.startOffset();
            int end = offsetAtt.endOffset();
            if (SahifaTokenizer.NUMBER.equals(typeAtt.type()) || n < 2 || ArabicStopwords.contains(w, 0, n)) {
                previousIsHead = false;
                continue;
            }
            int proclitics = stemmer.procliticLengths(w, n);
            int p1 = proclitics & 0xFF;
            int p2 = proclitics >>> 8 & 0xFF;
            if (previousIsHead) {
                int h1 = previousProclitics & 0xFF;
                int h2 = previousProclitics >>> 8 & 0xFF;
                addPair(h1, w, n, end);
                if (h2 > 0) {
                    addPair(h2, w, n, end);
                }
            }
            add(w, 0, n, start, end, false);
            if (p1 > 0) {
                add(w, p1, n - p1, start, end, false);
            }
            if (p2 > 0) {
                add(w, p2, n - p2, start, end, false);
            }
            int core = p2 > 0 ? p2 : p1;
            previousIsHead = isPairHead(w, core, n - core);
            if (previousIsHead) {
                previous = ArrayUtil.grow(previous, n);
                System.arraycopy(w, 0, previous, 0, n);
                previousLength = n;
                previousProclitics = proclitics;
                previousStart = start;
            }
        }
        int i = outNext++;
        clearAttributes();
        termAtt.copyBuffer(outChars[i], 0, outLength[i]);
        offsetAtt.setOffset(outStart[i], outEnd[i]);
        typeAtt.setType(outPair[i] ? NAME_PAIR : NAME);
        posIncAtt.setPositionIncrement(pendingPosInc);
        pendingPosInc = 0;
        return true;
    }

    /** Queues the two-word term of the previous word without its first {@code headOffset} chars and {@code w}. */
    private void addPair(int headOffset, char[] w, int n, int end) {
        int headLength = previousLength - headOffset;
        int length = headLength + 1 + n;
        scratch = ArrayUtil.grow(scratch, length);
        System.arraycopy(previous, headOffset, scratch, 0, headLength);
        scratch[headLength] = ' ';
        System.arraycopy(w, 0, scratch, headLength + 1, n);
        add(scratch, 0, length, previousStart, end, true);
    }

    /** Queues the term {@code key|surface} of {@code src[offset, offset + length)}. */
    private void add(char[] src, int offset, int length, int start, int end, boolean pair) {
        if (outCount == MAX_OUT) {
            return;
        }
        int i = outCount;
        char[] buf = outChars[i] = ArrayUtil.grow(outChars[i], 3 * length + 2); // a Latin x keys as two classes
        int k = NameKey.keyInto(src, offset, length, buf, 0);
        if (k == 0) {
            return;
        }
        buf[k] = NameKeyTerms.SEPARATOR;
        System.arraycopy(src, offset, buf, k + 1, length);
        outLength[i] = k + 1 + length;
        outStart[i] = start;
        outEnd[i] = end;
        outPair[i] = pair;
        outCount++;
    }

    private boolean isPairHead(char[] w, int offset, int length) {
        if (length > 4) {
            return false;
        }
        scratch = ArrayUtil.grow(scratch, 2 * length + 1);
        int k = NameKey.keyInto(w, offset, length, scratch, 0);
        return k >= 1 && k <= 2;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        outCount = 0;
        outNext = 0;
        previousIsHead = false;
        pendingPosInc = 0;
    }
}
