package org.sahifa.ui.main;

/**
 * A feature that plugs into the main window without the window knowing it (the feeds package adds "Add a
 * source…" under Sources and a refresh item in the File menu this way). Register it in {@link UiExtensions}.
 */
public interface UiExtension {

    /** Called once, on the JavaFX thread, after the library is open and the panes exist. */
    void install(MainWindowContext context);
}
