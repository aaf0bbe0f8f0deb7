package org.sahifa.ui.common;

import javafx.scene.paint.Color;

/** The WCAG contrast ratio of {@link ThemeContrastTest} for UI tests in other packages. */
public final class ThemeContrastTestAccess {

    private ThemeContrastTestAccess() {
    }

    public static double ratio(Color a, Color b) {
        return ThemeContrastTest.ratio(a, b);
    }
}
