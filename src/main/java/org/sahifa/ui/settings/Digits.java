package org.sahifa.ui.settings;

/** How numbers in dates and counts are written. */
public enum Digits {
    /** ٠١٢٣٤٥٦٧٨٩ */
    ARABIC_INDIC("arab"),
    /** 0123456789 */
    LATIN("latn");

    private final String numberingSystem;

    Digits(String numberingSystem) {
        this.numberingSystem = numberingSystem;
    }

    /** The ICU/CLDR numbering-system keyword. */
    public String numberingSystem() {
        return numberingSystem;
    }
}
