package org.sahifa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with ICU's word {@link BreakIterator} (Unicode word boundaries, through the faster
 * but equivalent {@link WordSegmenter}; tatweel, harakat, ZWNJ and bidi marks inside a word do not split it) and normalises each word with {@link ArabicNormalizer}.
 * Each token keeps its span in the original text, so a match can be marked on the original letters.
 * Thread-safe; each call uses its own iterator.
 */
public final class ArabicTokenizer {

    /** Longest word kept, in chars; longer runs (base64, URLs without breaks) are skipped. */
    public static final int MAX_WORD_LENGTH = 128;

    /** What a token is. */
    public enum Kind {
        /** Letters (any script). */
        WORD,
        /** A number. */
        NUMBER
    }

    /**
     * One word: its normalised form and its span {@code [start, end)} in the original text.
     *
     * @param text  the normalised word
     * @param start index of its first char in the original
     * @param end   index after its last char in the original
     * @param kind  word or number
     */
    public record Token(String text, int start, int end, Kind kind) {
    }

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

    private ArabicTokenizer() {
    }

    /** A fresh word iterator (ICU word rules, root locale); cheap compared with creating one from rules. */
    public static BreakIterator newWordIterator() {
        return (BreakIterator) PROTOTYPE.clone();
    }

    /**
     * The kind of the segment that ends at {@code it.current()}, or {@code null} for spaces and punctuation.
     */
    public static Kind kindOf(BreakIterator it) {
        int status = it.getRuleStatus();
        if (status >= RuleBasedBreakIterator.WORD_NUMBER && status < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
            return Kind.NUMBER;
        }
        return status >= RuleBasedBreakIterator.WORD_LETTER ? Kind.WORD : null;
    }

    /** The words of {@code text} in order ({@code null} and empty text have none). */
    public static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.length() == 0) {
            return out;
        }
        String s = text.toString();
        WordSegmenter words = new WordSegmenter();
        words.setText(s);
        while (words.next()) {
            int start = words.start();
            int end = words.end();
            if (end - start > MAX_WORD_LENGTH) {
                continue;
            }
            String word = ArabicNormalizer.normalize(s.substring(start, end));
            if (!word.isBlank()) {
                out.add(new Token(word, start, end, words.kind()));
            }
        }
        return out;
    }
}
