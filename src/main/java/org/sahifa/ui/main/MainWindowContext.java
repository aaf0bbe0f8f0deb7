package org.sahifa.ui.main;

import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.sahifa.library.Library;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.TaskExecutor;

/** What a {@link UiExtension} may use and change in the main window. */
public interface MainWindowContext {

    Library library();

    Stage stage();

    /** Make every new dialog or window through this (orientation, theme, font). */
    SceneFactory scenes();

    I18n i18n();

    /** Run anything slow through this, never on the JavaFX thread. */
    TaskExecutor executor();

    /** Adds an item at the top of the File menu. */
    void addFileMenuItem(MenuItem item);

    /** Adds an entry under Sources in the navigation pane that runs {@code action} when chosen. */
    void addSourceAction(String labelKey, Runnable action);

    /** Re-reads counts and the current listing (after articles were added or changed). */
    void refresh();
}
