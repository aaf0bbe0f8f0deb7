package org.sahifa.ui.shaping;

import java.util.List;

/**
 * One text's ink as drawn at the screen's scale and, for small sizes, also at a finer output scale (the same line
 * layout drawn {@code scale} times larger, as on a HiDPI screen): at 12 px a narrow letter is about as wide as the
 * one-pixel tolerance of {@link InkComparison}, at twice the scale it is not.
 *
 * @param plain the drawing at scale 1
 * @param fine  the drawing at {@code scale}, or {@code null} when the text is compared at scale 1 only
 * @param scale the finer output scale, 1 when there is none
 * @param runs  the glyph runs JavaFX drew the text with, or {@code null} (the reference, or not read)
 */
record TextInk(InkRaster plain, InkRaster fine, int scale, List<GlyphRun> runs) {

    TextInk {
        if ((fine == null) != (scale == 1)) {
            throw new IllegalArgumentException("a finer drawing needs a scale above 1, and only then: " + scale);
        }
    }

    TextInk(InkRaster plain, InkRaster fine, int scale) {
        this(plain, fine, scale, null);
    }

    static TextInk plainOnly(InkRaster plain) {
        return new TextInk(plain, null, 1);
    }

    /** The same drawings, with the glyph runs of the node that drew them. */
    TextInk withRuns(List<GlyphRun> glyphRuns) {
        return new TextInk(plain, fine, scale, glyphRuns);
    }
}
