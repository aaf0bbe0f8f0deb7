package org.sahifa.text;

import java.util.Arrays;

/**
 * A normalised text together with the map back to the original: normalised char {@code i} came from the
 * original chars {@code [originalStart(i), originalEnd(i + 1))}. Characters the normaliser removed (tatweel,
 * harakat, bidi marks) belong to no normalised char, but a span that surrounds them covers them:
 * the normalised span of {@code بوتين} in {@code بـوتِين} maps back to the whole original word.
 * Immutable.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Length of the normalised text. */
    public int length() {
        return text.length();
    }

    /**
     * Where the normalised span starting at {@code normIndex} starts in the original. {@code normIndex} is
     * clamped to {@code [0, length()]}; {@code length()} maps to the end of the original.
     */
    public int originalStart(int normIndex) {
        if (normIndex <= 0) {
            return text.isEmpty() ? 0 : starts[0];
        }
        if (normIndex >= text.length()) {
            return original.length();
        }
        return starts[normIndex];
    }

    /**
     * Where the normalised span ending (exclusively) at {@code normIndexExclusive} ends in the original.
     * Clamped like {@link #originalStart(int)}; {@code 0} maps to the start of the original.
     */
    public int originalEnd(int normIndexExclusive) {
        if (normIndexExclusive <= 0) {
            return 0;
        }
        if (normIndexExclusive > text.length()) {
            return original.length();
        }
        return ends[normIndexExclusive - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText other && other.original.equals(original) && other.text.equals(text)
                && Arrays.equals(Arrays.copyOf(starts, text.length()), Arrays.copyOf(other.starts, text.length()));
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
