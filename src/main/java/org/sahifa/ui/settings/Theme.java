package org.sahifa.ui.settings;

import java.util.Locale;

/** Colour themes; each is a style class on the scene root that sets the looked-up colours in {@code sahifa.css}. */
public enum Theme {
    LIGHT, DARK, SEPIA;

    /** The style class the root carries for this theme. */
    public String styleClass() {
        return "theme-" + name().toLowerCase(Locale.ROOT);
    }
}
