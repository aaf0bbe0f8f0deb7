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
     * Draws each of {@code texts} on a row of its own and returns their ink, cropped, in order; {@code null} for a
     * text this path draws on more than one line (it is counted as not checked).
     */
    List<InkRaster> draw(List<String> texts) throws Exception;
}
