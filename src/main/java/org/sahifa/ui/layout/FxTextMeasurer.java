package org.sahifa.ui.layout;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures with a non-wrapping JavaFX {@code Text} in the given font: the same shaping the line will be drawn
 * with, so a measured line is exactly as wide as the drawn one. Not thread-safe; used on the JavaFX thread.
 */
public final class FxTextMeasurer implements TextMeasurer {

    private final Text probe = new Text();

    public FxTextMeasurer(Font font) {
        probe.setFont(font);
        probe.setWrappingWidth(0);
    }

    @Override
    public double width(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The height of one line of text in this font. */
    public double lineHeight() {
        probe.setText("لإبكج Ag(|");
        return probe.getLayoutBounds().getHeight();
    }
}
