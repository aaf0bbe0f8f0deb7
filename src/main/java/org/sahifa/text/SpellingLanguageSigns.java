package org.sahifa.text;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Letters by which a normalised Latin name shows French spelling, whose readings {@link LatinReadings} did not cue
 * before decision 0149: silent and merged letters (eau, -ault, -aux, -eot, -eux, ieu, oi, -ette, eil, gn). Written
 * from French spelling rules, not from any query; each reading they cue still has its prior learned from the shipped
 * name pairs. Stateless.
 */
final class SpellingLanguageSigns {

    private static final Pattern FRENCH_SIGNS = Pattern.compile(
            ".*(?:eau|ault|aux|eot|eux|ieu|oix|ois|ette|eil|gne).*");

    /** A name in French spelling (Renault, Peugeot, Bordeaux, Marseille). */
    static final Predicate<String> FRENCH = w -> FRENCH_SIGNS.matcher(w).matches();

    private SpellingLanguageSigns() {
    }
}
