package org.sahifa.ui.settings;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The live settings the views bind to. Built from a {@link Settings} and turned back into one for saving;
 * {@link #onChange(Runnable)} tells the application when to save.
 */
public final class SettingsModel {

    private static final double FONT_STEP = 1;
    private static final double SPACING_STEP = 0.1;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.AR);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Settings.DEFAULT_FONT_SIZE);
    private final DoubleProperty interfaceSize =
            new SimpleDoubleProperty(this, "interfaceSize", Settings.DEFAULT_INTERFACE_SIZE);
    private final DoubleProperty lineSpacing =
            new SimpleDoubleProperty(this, "lineSpacing", Settings.DEFAULT_LINE_SPACING);
    private final ObjectProperty<Digits> digits = new SimpleObjectProperty<>(this, "digits", Digits.BY_LANGUAGE);
    private final BooleanProperty showHijri = new SimpleBooleanProperty(this, "showHijri");
    private final BooleanProperty justify = new SimpleBooleanProperty(this, "justify");
    private final DoubleProperty navDivider = new SimpleDoubleProperty(this, "navDivider", 0.18);
    private final DoubleProperty listDivider = new SimpleDoubleProperty(this, "listDivider", 0.5);
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", 1280);
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight", 820);
    private final BooleanProperty maximized = new SimpleBooleanProperty(this, "maximized");
    private final ObservableList<Settings.SavedSearch> savedSearches = FXCollections.observableArrayList();

    public SettingsModel() {
        this(new Settings());
    }

    public SettingsModel(Settings settings) {
        apply(settings);
    }

    /** Copies every value of {@code s} (sanitised) into the properties. */
    public void apply(Settings s) {
        s.sanitised();
        language.set(s.language);
        theme.set(s.theme);
        fontSize.set(s.fontSize);
        lineSpacing.set(s.lineSpacing);
        interfaceSize.set(s.interfaceSize);
        digits.set(s.digits);
        showHijri.set(s.showHijri);
        justify.set(s.justify);
        navDivider.set(s.dividers[0]);
        listDivider.set(s.dividers[1]);
        windowWidth.set(s.windowWidth);
        windowHeight.set(s.windowHeight);
        maximized.set(s.maximized);
        savedSearches.setAll(s.savedSearches);
    }

    /** The current values as a DTO for {@link SettingsStore}. */
    public Settings toSettings() {
        Settings s = new Settings();
        s.language = language.get();
        s.theme = theme.get();
        s.fontSize = fontSize.get();
        s.lineSpacing = lineSpacing.get();
        s.interfaceSize = interfaceSize.get();
        s.digits = digits.get();
        s.showHijri = showHijri.get();
        s.justify = justify.get();
        s.dividers = new double[] {navDivider.get(), listDivider.get()};
        s.windowWidth = windowWidth.get();
        s.windowHeight = windowHeight.get();
        s.maximized = maximized.get();
        s.savedSearches = new ArrayList<>(savedSearches);
        return s.sanitised();
    }

    /** Calls {@code listener} after any setting changed. */
    public void onChange(Runnable listener) {
        for (Observable o : List.<Observable>of(language, theme, fontSize, interfaceSize, lineSpacing, digits, showHijri,
                justify,
                navDivider, listDivider, windowWidth, windowHeight, maximized, savedSearches)) {
            o.addListener(ignored -> listener.run());
        }
    }

    public void increaseFontSize() {
        fontSize.set(Math.min(Settings.MAX_FONT_SIZE, fontSize.get() + FONT_STEP));
    }

    public void decreaseFontSize() {
        fontSize.set(Math.max(Settings.MIN_FONT_SIZE, fontSize.get() - FONT_STEP));
    }

    public void resetFontSize() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
    }

    public void increaseInterfaceSize() {
        interfaceSize.set(Math.min(Settings.MAX_INTERFACE_SIZE, interfaceSize.get() + FONT_STEP));
    }

    public void decreaseInterfaceSize() {
        interfaceSize.set(Math.max(Settings.MIN_INTERFACE_SIZE, interfaceSize.get() - FONT_STEP));
    }

    public void resetInterfaceSize() {
        interfaceSize.set(Settings.DEFAULT_INTERFACE_SIZE);
    }

    public void increaseLineSpacing() {
        lineSpacing.set(Math.min(Settings.MAX_LINE_SPACING, round1(lineSpacing.get() + SPACING_STEP)));
    }

    public void decreaseLineSpacing() {
        lineSpacing.set(Math.max(Settings.MIN_LINE_SPACING, round1(lineSpacing.get() - SPACING_STEP)));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The size of the interface's text (menus, lists, buttons); the article has {@link #fontSizeProperty()}. */
    public DoubleProperty interfaceSizeProperty() {
        return interfaceSize;
    }

    public DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    public ObjectProperty<Digits> digitsProperty() {
        return digits;
    }

    public BooleanProperty showHijriProperty() {
        return showHijri;
    }

    /** Whether the reader justifies body paragraphs. */
    public BooleanProperty justifyProperty() {
        return justify;
    }

    public DoubleProperty navDividerProperty() {
        return navDivider;
    }

    public DoubleProperty listDividerProperty() {
        return listDivider;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    public ObservableList<Settings.SavedSearch> savedSearches() {
        return savedSearches;
    }
}
