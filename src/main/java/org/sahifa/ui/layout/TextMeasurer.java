package org.sahifa.ui.layout;

/** Measures the advance width of a piece of text on one line, in the font of the paragraph. */
@FunctionalInterface
public interface TextMeasurer {

    double width(String text);
}
