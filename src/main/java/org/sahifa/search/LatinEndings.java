package org.sahifa.search;

import java.util.Collection;

import org.sahifa.text.LatinReadings;

/**
 * Whether an Arabic spelling ends as a romanised Arabic name typed with its article ends (decision 0229): the press
 * writes a final vowel, ع, hamza or ة as a vowel letter or -ah (Al-Dhale «الضالع», Al-Hazza «الهزاع», Al-Khurmah
 * «الخرمة»), a final nisba as i or y, and a final consonant as that consonant. Of a Latin word's one-word spellings with
 * the article, those that end otherwise ({@link LatinLinedUpNames#sameEnding}: Al-Dhale's «الظل», «the shade») are
 * left out when another of them ends as the Latin does; a word whose spellings all end otherwise keeps them. Letters
 * only; thread-safe; no instances.
 */
final class LatinEndings {

    private static final String ARTICLE = "\u0627\u0644";

    private LatinEndings() {
    }

    /** Leaves out of {@code spellings} the one-word ones with the article that end otherwise, beside one that does not. */
    static void leaveOutOtherEndings(String latin, Collection<String> spellings) {
        String letters = letters(latin);
        if (letters == null) {
            return;
        }
        boolean any = false;
        for (String s : spellings) {
            if (judged(s) && LatinLinedUpNames.sameEnding(letters, s)) {
                any = true;
                break;
            }
        }
        if (any) {
            spellings.removeIf(s -> judged(s) && !LatinLinedUpNames.sameEnding(letters, s));
        }
    }

    /** True when {@code spelling} ends otherwise than the Latin word and {@code other}, another of its spellings, does not. */
    static boolean otherEndingBeside(String latin, String spelling, String other) {
        String letters = letters(latin);
        return letters != null && judged(spelling) && judged(other) && !LatinLinedUpNames.sameEnding(letters, spelling)
                && LatinLinedUpNames.sameEnding(letters, other);
    }

    /** The Latin word's letters when it is typed with the article before a name of three letters or more, else null. */
    private static String letters(String latin) {
        String l = LatinReadings.letters(latin).replace("-", "").replace("'", "").replace(" ", "");
        // a final h after i, o or u writes ح or ه alike (Al-Rumaih «الرميح», Abd Rabbuh «ربه»): not judged
        boolean eitherH = l.length() > 2 && l.endsWith("h") && "iou".indexOf(l.charAt(l.length() - 2)) >= 0;
        return LatinLinedUpNames.writesTheArticle(l) && !eitherH && l.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? l : null;
    }

    private static boolean judged(String spelling) {
        return spelling.indexOf(' ') < 0 && spelling.startsWith(ARTICLE) && spelling.length() > ARTICLE.length() + 1;
    }
}
