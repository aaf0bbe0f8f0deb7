package org.sahifa.entities.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens (runs of letters, digits, combining marks and tatweel, with joiners inside) and
 * single-character punctuation tokens, the way ANERcorp is tokenised: clitics stay on their word (وبموسكو is one
 * token), punctuation is split off (أذربيجان، is two tokens). Offsets are UTF-16 offsets into the input.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        boolean newLine = true;
        FoldCache folds = FoldCache.forThisThread();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                newLine = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(text, i)) {
                i += Character.charCount(Character.codePointAt(text, i));
                while (i < n && (isWordChar(text, i) || isInvisible(text.charAt(i)) && i + 1 < n && isWordChar(text, i + 1))) {
                    i += Character.charCount(Character.codePointAt(text, i));
                }
                out.add(new Token(start, i, folds.fold(text, start, i), true, newLine));
            } else {
                i += Character.charCount(Character.codePointAt(text, i));
                out.add(new Token(start, i, i - start == 1 ? punctuation(text.charAt(start))
                        : text.subSequence(start, i).toString(), false, newLine));
            }
            newLine = false;
        }
        return out;
    }

    /** Strings of the ASCII and Arabic-block punctuation characters, made once. */
    private static final String[] PUNCTUATION = new String[0x700];

    static {
        for (char c = 0; c < PUNCTUATION.length; c++) {
            PUNCTUATION[c] = String.valueOf(c);
        }
    }

    private static String punctuation(char c) {
        return c < PUNCTUATION.length ? PUNCTUATION[c] : String.valueOf(c);
    }

    static boolean isWordChar(CharSequence text, int i) {
        int cp = Character.codePointAt(text, i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Zero-width and bidi marks: never a token of their own. */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}
