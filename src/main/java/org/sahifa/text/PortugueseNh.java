package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

/**
 * A Portuguese <b>nh</b> before a name's final vowel (Mourinho, Robinho, Saldanha, Marquinhos), which Arabic writes two
 * ways (decision 0182): ني for the sound (مورينيو, سالدانيا) or نه for the letters (مورينهو, مازينهو). The shipped
 * Wikidata name words write -nho, -nha, -nhos, -nhas with ني in 35 names and with نه in 21 (4 otherwise): each way far
 * above one writer in ten, the threshold of the learned alternations (decision 0048). The matcher's letters read ه as a
 * consonant and ي as a vowel there, so the two spellings differ by more than one alternation; {@link #asYeh} reads the
 * letter writing as the sound one, and {@link NameMatcher} decides the rest. The rates are measured from the shipped
 * pairs by {@code TwoWayLetterGroupsTest}. Thread-safe; no instances.
 */
final class PortugueseNh {

    private PortugueseNh() {
    }

    /**
     * The normalised one-word spelling with a final نهو, نها, نهوس or نهاس (nh before the final vowel) written with ي
     * for ه (مورينهو → مورينيو, رافينها → رافينيا); {@code w} itself otherwise, or when under 5 letters before a final س.
     */
    static String asYeh(String w) {
        int n = w.length();
        int end = n > 0 && w.charAt(n - 1) == SEEN ? n - 1 : n;
        if (end < 5) {
            return w;
        }
        char last = w.charAt(end - 1);
        if (last != WAW && last != ALEF || w.charAt(end - 2) != HEH || w.charAt(end - 3) != NOON) {
            return w;
        }
        return w.substring(0, end - 2) + YEH + w.substring(end - 1);
    }
}
