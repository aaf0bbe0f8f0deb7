package org.sahifa.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings as stored in {@code settings.json}: a plain data object for Jackson. Unknown fields are ignored
 * (a newer file opened by an older Sahifa), missing ones keep these defaults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {

    public static final double MIN_FONT_SIZE = 12;
    public static final double MAX_FONT_SIZE = 36;
    public static final double DEFAULT_FONT_SIZE = 19;
    public static final double MIN_LINE_SPACING = 1.0;
    public static final double MAX_LINE_SPACING = 2.4;
    public static final double DEFAULT_LINE_SPACING = 1.5;
    /** The interface (menus, lists, buttons) has its own size, apart from the article's (decision 0096). */
    public static final double MIN_INTERFACE_SIZE = 12;
    public static final double MAX_INTERFACE_SIZE = 22;
    public static final double DEFAULT_INTERFACE_SIZE = 17;

    public Language language = Language.AR;
    public Theme theme = Theme.LIGHT;
    public double fontSize = DEFAULT_FONT_SIZE;
    public double lineSpacing = DEFAULT_LINE_SPACING;
    public double interfaceSize = DEFAULT_INTERFACE_SIZE;
    public Digits digits = Digits.BY_LANGUAGE;
    public boolean showHijri;
    /** Body paragraphs justified (space spread between words) instead of ragged. */
    public boolean justify;
    /** Divider positions of the three panes (navigation | list | reader), as fractions of the window width. */
    public double[] dividers = {0.18, 0.5};
    public double windowWidth = 1280;
    public double windowHeight = 820;
    public boolean maximized;
    public List<SavedSearch> savedSearches = new ArrayList<>();

    /** A search the user saved into the navigation pane. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class SavedSearch {
        public String name;
        public String query;
        public boolean bookmarkedOnly;
        public String source;

        public SavedSearch() {
        }

        public SavedSearch(String name, String query) {
            this.name = name;
            this.query = query;
        }
    }

    /** Brings out-of-range values (an edited file) back into range. */
    public Settings sanitised() {
        if (language == null) {
            language = Language.AR;
        }
        if (theme == null) {
            theme = Theme.LIGHT;
        }
        if (digits == null) {
            digits = Digits.BY_LANGUAGE;
        }
        if (!(fontSize >= MIN_FONT_SIZE && fontSize <= MAX_FONT_SIZE)) {
            fontSize = DEFAULT_FONT_SIZE;
        }
        if (!(interfaceSize >= MIN_INTERFACE_SIZE && interfaceSize <= MAX_INTERFACE_SIZE)) {
            interfaceSize = DEFAULT_INTERFACE_SIZE;
        }
        if (!(lineSpacing >= MIN_LINE_SPACING && lineSpacing <= MAX_LINE_SPACING)) {
            lineSpacing = DEFAULT_LINE_SPACING;
        }
        if (dividers == null || dividers.length != 2 || !(dividers[0] > 0.05 && dividers[0] < dividers[1]
                && dividers[1] < 0.95)) {
            dividers = new double[] {0.18, 0.5};
        }
        if (!(windowWidth >= 400 && windowWidth <= 10000)) {
            windowWidth = 1280;
        }
        if (!(windowHeight >= 300 && windowHeight <= 10000)) {
            windowHeight = 820;
        }
        if (savedSearches == null) {
            savedSearches = new ArrayList<>();
        }
        savedSearches.removeIf(s -> s == null || s.query == null || s.query.isBlank());
        return this;
    }
}
