package org.sahifa.search;

import java.util.Collection;
import java.util.Set;

import org.sahifa.text.LatinReadings;

/**
 * Whether an Arabic spelling drops the long ā a romanised Arabic family name writes after a doubled consonant
 * (decision 0228). The press romanises the shadda by doubling the consonant, and a noun with a shadda on its middle
 * consonant and one short vowel after it is the pattern فعّال — the long ā Arabic writes, the Latin a single a: Al-Farraj
 * «الفراج», Al-Najjar «النجار», Al-Qattan «القطان», Al-Hazzaa «الهزاع». The learned model, trained mostly on foreign
 * names that write no shadda, scores «الفرج» (faraj, «relief») as well as «الفراج»; when the library holds both among a
 * Latin word's spellings, the one without the ā is another word. Decided only
 * <ul>
 *   <li>for a Latin word typed with the article (al-, el-: a romanised Arabic name, {@link LatinSoundTargets#writesArticle});</li>
 *   <li>on a doubled consonant other than s (English doubles s between vowels to keep it unvoiced: Hassan «حسن»,
 *       Al-Dossari «الدوسري») and the glides y and w, followed by one vowel letter and a consonant;</li>
 *   <li>between two spellings that differ by that ا alone, after the consonant the Latin doubles: a spelling without
 *       such a twin is kept (Al-Shammari «الشمري»: no «الشماري» is written).</li>
 * </ul>
 * Letters only; thread-safe; no instances.
 */
final class LatinDoubledConsonants {

    private static final String ARTICLE = "\u0627\u0644";
    private static final char ALEF = '\u0627';
    private static final String VOWELS = "aeiou";
    /** Arabic letters that are no consonant to count: long vowel letters (و and ي counted as vowels). */
    private static final String NOT_COUNTED = "\u0627\u0649\u0622\u0648\u064A";
    private static final Set<String> DIGRAPHS = Set.of("sh", "th", "kh", "gh", "dh", "ch", "ph", "zh");
    /** Doubled letters that write no shadda reliably. */
    private static final String NOT_SHADDA = "syw";

    private LatinDoubledConsonants() {
    }

    /** Leaves out of {@code spellings} those that drop the ā another of them writes after the doubled consonant. */
    static void leaveOutShortened(String latin, Collection<String> spellings) {
        int slot = doubledSlot(latin);
        if (slot < 0) {
            return;
        }
        Set<String> all = Set.copyOf(spellings);
        spellings.removeIf(s -> {
            for (String t : all) {
                if (shortened(slot, s, t)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when {@code spelling} drops the ā that {@code other} writes after the Latin word's doubled consonant. */
    static boolean shortened(String latin, String spelling, String other) {
        int slot = doubledSlot(latin);
        return slot >= 0 && shortened(slot, spelling, other);
    }

    private static boolean shortened(int slot, String spelling, String other) {
        if (other.length() != spelling.length() + 1 || !spelling.startsWith(ARTICLE) || !other.startsWith(ARTICLE)
                || spelling.indexOf(' ') >= 0 || other.indexOf(' ') >= 0) {
            return false;
        }
        int consonants = 0;
        for (int i = ARTICLE.length(); i < other.length() - 1; i++) {
            char c = other.charAt(i);
            if (c == ALEF && consonants == slot + 1 && i > ARTICLE.length()
                    && NOT_COUNTED.indexOf(other.charAt(i - 1)) < 0
                    && (other.substring(0, i) + other.substring(i + 1)).equals(spelling)) {
                return true;
            }
            if (NOT_COUNTED.indexOf(c) < 0) {
                consonants++;
            }
        }
        return false;
    }

    /**
     * The place (0 = first) among the Latin word's consonants (its article aside; digraphs and doubled letters one
     * consonant) of the first doubled consonant that one vowel letter and a consonant follow; -1 when there is none
     * or the word is not typed with the article.
     */
    static int doubledSlot(String latin) {
        String l = LatinReadings.letters(latin).replace("-", "").replace("'", "").replace(" ", "");
        if (!LatinSoundTargets.writesArticle(l) || l.length() <= 4) {
            return -1;
        }
        l = l.substring(2);
        int consonants = 0;
        int i = 0;
        while (i < l.length()) {
            char c = l.charAt(i);
            if (VOWELS.indexOf(c) >= 0) {
                i++;
                continue;
            }
            if (i + 1 < l.length() && DIGRAPHS.contains(l.substring(i, i + 2))) {
                consonants++;
                i += 2;
                continue;
            }
            if (i + 1 < l.length() && l.charAt(i + 1) == c) {
                if (NOT_SHADDA.indexOf(c) < 0 && i + 3 < l.length() && VOWELS.indexOf(l.charAt(i + 2)) >= 0
                        && VOWELS.indexOf(l.charAt(i + 3)) < 0 && l.charAt(i + 3) != 'y'
                        && l.charAt(i + 3) != 'w') {
                    return consonants;
                }
                consonants++;
                i += 2;
                continue;
            }
            consonants++;
            i++;
        }
        return -1;
    }
}
