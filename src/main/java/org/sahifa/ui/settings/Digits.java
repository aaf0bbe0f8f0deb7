package org.sahifa.ui.settings;

/** How numbers in dates and counts are written. */
public enum Digits {
    /** As the language writes them: Arabic-Indic in Arabic, Latin in English (the default). */
    BY_LANGUAGE(null),
    /** ٠١٢٣٤٥٦٧٨٩ */
    ARABIC_INDIC("arab"),
    /** 0123456789 */
    LATIN("latn");

    private final String numberingSystem;

    Digits(String numberingSystem) {
        this.numberingSystem = numberingSystem;
    }

    /** The ICU/CLDR numbering-system keyword for text in {@code language}. */
    public String numberingSystem(Language language) {
        if (numberingSystem != null) {
            return numberingSystem;
        }
        return language.isRightToLeft() ? ARABIC_INDIC.numberingSystem : LATIN.numberingSystem;
    }
}
