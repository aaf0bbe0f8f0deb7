package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

/**
 * A Latin w at the start of a name before a vowel (Wolfgang, Werner, Wawrinka, Wozniacki), which Arabic writes two ways
 * (decision 0183): و for the English sound (وولفغانغ, ويرنر) or ف for the German, Dutch and Polish one (فولفغانغ,
 * فيرنر). The shipped Wikidata name words write an initial w before a vowel with و in 844 names and with ف in 200 (62
 * otherwise): each way above one writer in ten, the threshold of the learned alternations (decision 0048). The
 * matcher's letters read an initial و as a semivowel and ف as a consonant, so the name key and the letter rules keep
 * the two apart; {@link #asFeh} reads the و writing as the ف one, and {@link NameMatcher} decides the rest. The rates
 * are measured from the shipped pairs by {@code TwoWayLetterGroupsTest}. Thread-safe; no instances.
 */
final class InitialW {

    private InitialW() {
    }

    /**
     * The normalised one-word spelling with an initial و before a vowel letter (و ي ا) written ف (وولفغانغ →
     * فولفغانغ, ويرنر → فيرنر); {@code w} itself otherwise, or when under 5 letters.
     */
    static String asFeh(String w) {
        if (w.length() < 5 || w.charAt(0) != WAW) {
            return w;
        }
        char next = w.charAt(1);
        return next == WAW || next == YEH || next == ALEF ? FEH + w.substring(1) : w;
    }
}
