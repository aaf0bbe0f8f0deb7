package org.sahifa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;

/**
 * Word segmentation by ICU's Unicode word rules, with a fast path. Text is cut into chunks at characters where
 * the rules always break (white space, and punctuation or symbols of word-break class Other); a chunk made only
 * of letters of the Latin, Arabic, Greek or Cyrillic scripts (or only of digits), with marks and format
 * characters, is one word by rules WB4–WB10, so it is returned directly; any other chunk (3.5, e-mail, don't,
 * emoji, CJK, Thai ...) goes through ICU's {@link BreakIterator}. The result is ICU's, which a property test
 * checks on random text; the fast path only saves time (most Arabic news words are simple chunks).
 *
 * <p>Usage: {@link #setText}, then {@link #next()} until it returns false, reading {@link #start()},
 * {@link #end()} and {@link #kind()}. Not thread-safe; cheap to create.
 */
public final class WordSegmenter {

    private static final byte COMPLEX = 0;
    private static final byte SPACE = 1;
    private static final byte EDGE = 2;
    private static final byte LETTER = 3;
    private static final byte NUMERIC = 4;
    private static final byte EXTEND = 5;
    private static final byte MID = 6;

    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            CLASS[c] = classify(c);
        }
    }

    private final BreakIterator icu = ArabicTokenizer.newWordIterator();
    private char[] text = new char[0];
    private int length;
    private int pos;
    private int start;
    private int end;
    private ArabicTokenizer.Kind kind;
    // an ICU pass over a complex chunk [chunkStart, chunkEnd)
    private boolean inIcu;
    private int chunkStart;
    private int chunkEnd;

    /** Segments {@code text} from its start. */
    public void setText(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        setText(chars, chars.length);
    }

    /** Segments {@code buffer[0, length)} from its start; the buffer is read, not copied, until the next call. */
    public void setText(char[] buffer, int length) {
        this.text = buffer;
        this.length = length;
        this.pos = 0;
        this.inIcu = false;
    }

    /** Moves to the next word; false at the end of the text. */
    public boolean next() {
        while (true) {
            if (inIcu) {
                if (nextIcu()) {
                    return true;
                }
                inIcu = false;
                pos = chunkEnd;
            }
            // skip separators
            while (pos < length && isSeparator(charAt(pos))) {
                pos++;
            }
            if (pos >= length) {
                return false;
            }
            int s = pos;
            int e = s;
            while (e < length && !isSeparator(charAt(e))) {
                e++;
            }
            pos = e;
            if (simpleChunk(s, e)) {
                return true;
            }
            if (kind == null && start == -1) {
                continue; // nothing but marks and inner punctuation
            }
            chunkStart = s;
            chunkEnd = e;
            icu.setText(new String(text, s, e - s));
            icu.first();
            inIcu = true;
        }
    }

    /** Start of the current word in the text. */
    public int start() {
        return start;
    }

    /** End (exclusive) of the current word in the text. */
    public int end() {
        return end;
    }

    /** Kind of the current word. */
    public ArabicTokenizer.Kind kind() {
        return kind;
    }

    private boolean nextIcu() {
        int from = icu.current();
        for (int to = icu.next(); to != BreakIterator.DONE; from = to, to = icu.next()) {
            ArabicTokenizer.Kind k = ArabicTokenizer.kindOf(icu);
            if (k != null) {
                start = chunkStart + from;
                end = chunkStart + to;
                kind = k;
                return true;
            }
        }
        return false;
    }

    /**
     * Handles a chunk on the fast path when it can: sets the word and returns true; returns false with
     * {@code start = -1, kind = null} for a chunk without any word, or with {@code kind = null, start = 0} when
     * ICU must decide.
     */
    private boolean simpleChunk(int s, int e) {
        while (s < e) {
            byte k = classOf(charAt(s));
            if (k == EXTEND || k == MID) {
                s++;
            } else {
                break;
            }
        }
        while (e > s && classOf(charAt(e - 1)) == MID) {
            e--;
        }
        if (s == e) {
            start = -1;
            kind = null;
            return false;
        }
        boolean letters = false;
        boolean digits = false;
        for (int i = s; i < e; i++) {
            byte k = classOf(charAt(i));
            if (k == LETTER) {
                letters = true;
            } else if (k == NUMERIC) {
                digits = true;
            } else if (k != EXTEND) {
                start = 0;
                kind = null;
                return false;
            }
        }
        if (letters == digits) {
            start = 0;
            kind = null;
            return false; // letters and digits together: ICU decides the status
        }
        start = s;
        end = e;
        kind = letters ? ArabicTokenizer.Kind.WORD : ArabicTokenizer.Kind.NUMBER;
        return true;
    }

    private char charAt(int i) {
        return text[i];
    }

    private static byte classOf(char c) {
        return CLASS[c];
    }

    private static boolean isSeparator(char c) {
        byte k = CLASS[c];
        return k == SPACE || k == EDGE;
    }

    private static byte classify(int c) {
        if (Character.isSurrogate((char) c)) {
            return COMPLEX;
        }
        int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
        int script = UScript.getScript(c);
        boolean plainScript = script == UScript.LATIN || script == UScript.ARABIC || script == UScript.GREEK
                || script == UScript.CYRILLIC || script == UScript.COMMON || script == UScript.INHERITED;
        if (wb == UCharacter.WordBreak.WSEGSPACE || wb == UCharacter.WordBreak.CR || wb == UCharacter.WordBreak.LF
                || wb == UCharacter.WordBreak.NEWLINE) {
            return SPACE;
        }
        if (wb == UCharacter.WordBreak.ALETTER) {
            return plainScript ? LETTER : COMPLEX;
        }
        if (wb == UCharacter.WordBreak.NUMERIC) {
            return plainScript ? NUMERIC : COMPLEX;
        }
        if (wb == UCharacter.WordBreak.EXTEND || wb == UCharacter.WordBreak.FORMAT || wb == UCharacter.WordBreak.ZWJ) {
            return EXTEND;
        }
        if (wb == UCharacter.WordBreak.MIDLETTER || wb == UCharacter.WordBreak.MIDNUM
                || wb == UCharacter.WordBreak.MIDNUMLET || wb == UCharacter.WordBreak.SINGLE_QUOTE
                || wb == UCharacter.WordBreak.DOUBLE_QUOTE) {
            return MID;
        }
        if (wb == UCharacter.WordBreak.OTHER && plainScript
                && !UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
                && !UCharacter.hasBinaryProperty(c, UProperty.IDEOGRAPHIC)
                && UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) != UCharacter.LineBreak.COMPLEX_CONTEXT) {
            return Character.isWhitespace(c) ? SPACE : EDGE;
        }
        return COMPLEX;
    }
}
