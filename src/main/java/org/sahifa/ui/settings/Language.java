package org.sahifa.ui.settings;

import java.util.Locale;

/** The interface language; Arabic (right to left) is the default. */
public enum Language {
    AR("ar", true),
    EN("en", false);

    private final String tag;
    private final boolean rightToLeft;

    Language(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a tag such as {@code ar} or {@code en-GB}; Arabic when unknown. */
    public static Language fromTag(String tag) {
        if (tag != null) {
            for (Language l : values()) {
                if (tag.toLowerCase(Locale.ROOT).startsWith(l.tag)) {
                    return l;
                }
            }
        }
        return AR;
    }
}
