package org.sahifa.ui.document;

import com.ibm.icu.text.Bidi;

/** The base direction of one paragraph. */
public enum Direction {
    RTL, LTR;

    /**
     * The paragraph's base direction by the Unicode bidi algorithm (rules P2–P3: the first strong character);
     * {@code fallback} when the text has no strong character (digits, punctuation only).
     */
    public static Direction of(CharSequence text, Direction fallback) {
        byte d = Bidi.getBaseDirection(text);
        if (d == Bidi.RTL) {
            return RTL;
        }
        if (d == Bidi.LTR) {
            return LTR;
        }
        return fallback;
    }
}
