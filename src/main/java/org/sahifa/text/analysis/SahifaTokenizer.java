package org.sahifa.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.ArabicTokenizer;
import org.sahifa.text.WordSegmenter;

/**
 * Lucene tokenizer: ICU word boundaries ({@link WordSegmenter}) on the original text, each word normalised with
 * {@link ArabicNormalizer}; offsets point into the original text (through any char filter), so highlights
 * land on the original letters even when the word had tatweel, harakat or bidi marks. An English possessive
 * («Lebanon's», «Lebanon’s») is read as the name it follows ({@link #possessive}). Types are
 * {@link #WORD} and {@link #NUMBER}. The whole field value is read at once (articles are small).
 */
public final class SahifaTokenizer extends Tokenizer {

    /** Token type of a word. */
    public static final String WORD = "<WORD>";
    /** Token type of a number. */
    public static final String NUMBER = "<NUM>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final WordSegmenter words = new WordSegmenter();

    private char[] buffer = new char[4096];
    private int length;
    private int skipped;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (words.next()) {
            int start = words.start();
            int len = words.end() - start;
            len -= possessive(buffer, start, len);
            if (len > ArabicTokenizer.MAX_WORD_LENGTH) {
                skipped++;
                continue;
            }
            char[] term = termAtt.resizeBuffer(len + 4);
            int n = ArabicNormalizer.normalize(buffer, start, len, term);
            if (n < 0) {
                term = termAtt.resizeBuffer(-n);
                n = ArabicNormalizer.normalize(buffer, start, len, term);
            }
            if (n == 0 || isBlank(term, n)) {
                continue;
            }
            termAtt.setLength(n);
            offsetAtt.setOffset(correctOffset(start), correctOffset(start + len));
            typeAtt.setType(words.kind() == ArabicTokenizer.Kind.NUMBER ? NUMBER : WORD);
            posIncAtt.setPositionIncrement(1 + skipped);
            skipped = 0;
            return true;
        }
        return false;
    }

    /**
     * The length of an English possessive ending of the word at {@code start}: 2 for {@code 's} or {@code ’s} after a
     * Latin letter («Lebanon's» is read as «Lebanon», its offsets ending before the apostrophe), else 0. The word
     * segmenter keeps the apostrophe inside a word, so without this the possessive is a word of its own that a
     * search for the name never finds.
     */
    static int possessive(char[] text, int start, int len) {
        if (len < 3) {
            return 0;
        }
        int end = start + len;
        char s = text[end - 1];
        char apostrophe = text[end - 2];
        char before = text[end - 3];
        return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019')
                && Character.isLetter(before)
                && Character.UnicodeScript.of(before) == Character.UnicodeScript.LATIN ? 2 : 0;
    }

    private static boolean isBlank(char[] term, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(term[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int r; (r = input.read(buffer, length, buffer.length - length)) != -1; ) {
            length += r;
            if (length == buffer.length) {
                char[] bigger = new char[buffer.length * 2];
                System.arraycopy(buffer, 0, bigger, 0, length);
                buffer = bigger;
            }
        }
        words.setText(buffer, length);
        skipped = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
    }

    @Override
    public void close() throws IOException {
        super.close();
        words.setText(new char[0], 0);
        if (buffer.length > 1 << 16) {
            buffer = new char[4096];
        }
    }
}
