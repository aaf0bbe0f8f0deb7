package org.sahifa.ui.shaping;

import java.util.List;

/** One way Sahifa draws text (the reader's lines, the controls' labels) in one font, weight and size. */
interface TextPath {

    /** For the report: what is drawn, how, at which size. */
    String name();

    /** The size in pixels the font is drawn at, for the reference. */
    double pixelSize();

    boolean bold();

    /**
     * Draws each of {@code texts} on a row of its own and returns their ink, cropped, in order, at scale 1 and, when
     * {@code scale} is above 1, also at that output scale; {@code null} for a text this path draws on more than one
     * line (it is counted as not checked).
     */
    List<TextInk> draw(List<String> texts, int scale) throws Exception;
}
