package org.sahifa.entities.store;

import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;

/** The normalised form and name key of a spelling, as the spelling table stores them. */
public final class Spellings {

    private Spellings() {
    }

    /** The text engine's normalisation, with runs of spaces collapsed and ends trimmed. */
    public static String normalize(String spelling) {
        return ArabicNormalizer.normalize(spelling).strip().replaceAll("\\s+", " ");
    }

    /** The name key of a normalised spelling. */
    public static String key(String normalized) {
        return NameKey.ofNormalized(normalized);
    }
}
