package org.sahifa.entities.store;

import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;

/** The normalised form and name key of a spelling, as the spelling table stores them. */
public final class Spellings {

    private Spellings() {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The text engine's normalisation, with runs of spaces collapsed and ends trimmed. */
    public static String normalize(String spelling) {
        String s = ArabicNormalizer.normalize(spelling).strip();
        return hasSpacesToCollapse(s) ? SPACES.matcher(s).replaceAll(" ") : s; // most names have none
    }

    /** True when {@code \s+} → one space would change {@code s}: a tab, line break or form feed, or two spaces. */
    private static boolean hasSpacesToCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The name key of a normalised spelling. */
    public static String key(String normalized) {
        return NameKey.ofNormalized(normalized);
    }
}
