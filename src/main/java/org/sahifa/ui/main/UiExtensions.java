package org.sahifa.ui.main;

import java.util.List;

/** The extensions installed into every main window; one line each. */
public final class UiExtensions {

    private UiExtensions() {
    }

    public static List<UiExtension> all() {
        return List.of(
                new org.sahifa.ui.feeds.FeedsUiExtension()
        );
    }
}
