package org.sahifa.ui.main;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.settings.Digits;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.Theme;

/**
 * The menu bar: File (import, samples, quit — actions given by the window), View (language, theme, text size,
 * line spacing, digits, Hijri date — bound straight to the settings) and Help.
 */
public final class MainMenu {

    private final MenuBar bar = new MenuBar();
    private final Menu file = new Menu();
    private final Menu help = new Menu();
    private final I18n i18n;

    public MainMenu(I18n i18n, SettingsModel settings, Runnable about, Runnable quit) {
        this.i18n = i18n;
        file.textProperty().bind(i18n.bind("menu.file"));
        file.setId("menu-file");
        MenuItem quitItem = item("menu.file.quit", quit);
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().add(quitItem);

        Menu view = new Menu();
        view.textProperty().bind(i18n.bind("menu.view"));
        view.setId("menu-view");
        Menu language = new Menu();
        language.textProperty().bind(i18n.bind("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(i18n.bind("language." + l.tag()));
            r.setId("language-" + l.tag());
            r.setToggleGroup(languages);
            r.setSelected(settings.languageProperty().get() == l);
            r.setOnAction(e -> settings.languageProperty().set(l));
            settings.languageProperty().addListener((o, a, b) -> r.setSelected(b == l));
            language.getItems().add(r);
        }
        Menu theme = new Menu();
        theme.textProperty().bind(i18n.bind("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(i18n.bind("menu.view.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
            r.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(themes);
            r.setSelected(settings.themeProperty().get() == t);
            r.setOnAction(e -> settings.themeProperty().set(t));
            settings.themeProperty().addListener((o, a, b) -> r.setSelected(b == t));
            theme.getItems().add(r);
        }
        Menu digits = new Menu();
        digits.textProperty().bind(i18n.bind("menu.view.digits"));
        ToggleGroup digitGroup = new ToggleGroup();
        for (Digits d : Digits.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(i18n.bind(switch (d) {
                case LATIN -> "menu.view.digits.latin";
                case ARABIC_INDIC -> "menu.view.digits.arabic";
                case BY_LANGUAGE -> "menu.view.digits.byLanguage";
            }));
            r.setId("digits-" + d.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(digitGroup);
            r.setSelected(settings.digitsProperty().get() == d);
            r.setOnAction(e -> settings.digitsProperty().set(d));
            settings.digitsProperty().addListener((o, a, b) -> r.setSelected(b == d));
            digits.getItems().add(r);
        }
        CheckMenuItem hijri = new CheckMenuItem();
        hijri.textProperty().bind(i18n.bind("menu.view.hijri"));
        hijri.selectedProperty().bindBidirectional(settings.showHijriProperty());
        CheckMenuItem justify = new CheckMenuItem();
        justify.setId("justify");
        justify.textProperty().bind(i18n.bind("menu.view.justify"));
        justify.selectedProperty().bindBidirectional(settings.justifyProperty());

        // Ctrl + / Ctrl − / Ctrl 0 are scene accelerators (SceneFactory); the items show them.
        MenuItem larger = item("menu.view.larger", settings::increaseFontSize);
        larger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem smaller = item("menu.view.smaller", settings::decreaseFontSize);
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem reset = item("menu.view.resetSize", settings::resetFontSize);
        reset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        MenuItem moreSpacing = item("menu.view.moreSpacing", settings::increaseLineSpacing);
        moreSpacing.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN));
        MenuItem lessSpacing = item("menu.view.lessSpacing", settings::decreaseLineSpacing);
        lessSpacing.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN));
        // The interface's own size (the article's is above): Ctrl Shift + / Ctrl Shift −.
        MenuItem largerUi = item("menu.view.largerInterface", settings::increaseInterfaceSize);
        largerUi.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem smallerUi = item("menu.view.smallerInterface", settings::decreaseInterfaceSize);
        smallerUi.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem resetUi = item("menu.view.resetInterface", settings::resetInterfaceSize);
        view.getItems().addAll(language, theme, new SeparatorMenuItem(), larger, smaller, reset, moreSpacing,
                lessSpacing, justify, new SeparatorMenuItem(), largerUi, smallerUi, resetUi, new SeparatorMenuItem(),
                digits, hijri);

        help.textProperty().bind(i18n.bind("menu.help"));
        help.getItems().add(item("menu.help.about", about));
        help.setId("menu-help");
        bar.getMenus().addAll(file, view, help);
        bar.setUseSystemMenuBar(true);
    }

    /** A menu item whose text follows the language. */
    public MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.bind(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Puts a menu before Help (the window's Go menu). */
    public void addMenu(Menu menu) {
        bar.getMenus().add(bar.getMenus().indexOf(help), menu);
    }

    /** Adds an item at the top of the Help menu (the list of keyboard shortcuts). */
    public void addHelpItem(MenuItem item) {
        help.getItems().add(0, item);
    }

    /** Adds items at the top of the File menu (import actions, samples). */
    public void addFileItems(MenuItem... items) {
        file.getItems().addAll(0, java.util.List.of(items));
    }

    public MenuBar bar() {
        return bar;
    }
}
