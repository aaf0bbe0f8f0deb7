package org.sahifa.search;

import java.util.List;

/**
 * Whether an Arabic spelling writes the diphthong a romanised Arabic name writes with ai, ay, ei or ey between two
 * consonants (decision 0210). Romanisation writes the Arabic diphthong ay (ـَيـ) so, and the two vowels a ʿayn or a
 * hamza parts (āʾi, āʿi: «القاعدة» al-Qaida, «حائل» Hail) the same way; either way the Arabic spelling has a yeh (ي,
 * also as the hamza's seat ئ) there, or a long ā with the ʿayn or hamza after it. A long ā alone (Al-Wohaibi is
 * «الوهيبي», not «الوهابي»: ā is written a or aa) or an ʿayn alone (Al-Naimi is «النعيمي», not «النعمي»: naʿmi is
 * written Naami or Na'mi) writes another name. Decided on the gaps {@link LatinVowelSlots} lines up, for a romanised
 * Arabic reading only, as all its gap tests. Letters only; pure functions; no instances.
 */
final class LatinDiphthongs {

    private static final List<String> DIPHTHONGS = List.of("ai", "ay", "ei", "ey");
    /** A yeh, also as the hamza's seat. */
    private static final String YEH = "\u064A\u0626";
    /** Letters of a long ā. */
    private static final String ALEF = "\u0627\u0649\u0622";
    /** ʿayn and the hamza and its seats other than ئ. */
    private static final String PARTING = "\u0639\u0621\u0623\u0625\u0624";

    private LatinDiphthongs() {
    }

    /**
     * True when every Latin gap (the vowel letters between two consonants) that is a diphthong has, in the Arabic
     * gap lined up with it (its long vowel letters and the consonants left out there), a yeh, or a long ā with an
     * ʿayn or hamza.
     */
    static boolean written(List<String> latinGaps, List<String> arabicGaps) {
        for (int i = 0; i < latinGaps.size() && i < arabicGaps.size(); i++) {
            if (DIPHTHONGS.contains(latinGaps.get(i)) && !writesDiphthong(arabicGaps.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the Arabic letters of one gap write a diphthong or two vowels parted by ʿayn or hamza. */
    static boolean writesDiphthong(String arabic) {
        boolean alef = false;
        boolean parting = false;
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (YEH.indexOf(c) >= 0) {
                return true;
            }
            alef |= ALEF.indexOf(c) >= 0;
            parting |= PARTING.indexOf(c) >= 0;
        }
        return alef && parting;
    }
}
