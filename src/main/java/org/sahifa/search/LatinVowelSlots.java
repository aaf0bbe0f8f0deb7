package org.sahifa.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sahifa.text.LatinReadings;

/**
 * Whether an Arabic spelling writes a typed Latin name's vowels where the Latin letters write them (decision 0196).
 * The consonants of both are lined up (Latin digraphs sh, th, kh, gh, dh, ch, ph, zh and doubled letters as one; ع,
 * ء and its seats, and a final ه (ة), which a romanisation may write as nothing, may stand for no Latin consonant);
 * between two consonants the Latin either writes vowel letters or none, and the Arabic either a long vowel letter
 * (ا ى, و or ي between consonants) or none:
 * <ul>
 *   <li>a long vowel letter where the Latin writes no vowel is another name: Al-Jabri (j-a-b-r) is «الجابري», not
 *       «الجبوري» (the Latin writes nothing between b and r);</li>
 *   <li>two Latin vowel letters between consonants (aa, ai, ou, ee…) write a long vowel, a hamza or ع there: Kaaba is
 *       «الكعبة», not «قباء» (decision 0154's rule, now at its place);</li>
 *   <li>a Latin vowel the word starts with (its article aside) has a letter in Arabic, which writes no word-initial
 *       vowel without one (ا أ إ آ ع و ي): Al-Anazi is «العنزي», not «النازي»; Al-Osaimi not «السامعي»; and an ع
 *       the Arabic starts with has its vowel before the Latin's first consonant: Al-Rifai is not «العريفي».</li>
 * </ul>
 * A spelling whose consonants do not line up with the Latin ones (English letters the press writes otherwise:
 * Churchill's ch as تش) is not judged. The rule only decides between spellings: a misfit is left out only where
 * another spelling of the same Latin word fits ({@link #leaveOutMisfits}), so a word whose letters this reading
 * cannot line up keeps what the lists and the model give. Letters only; thread-safe; no instances.
 */
final class LatinVowelSlots {

    private static final String VOWELS = "aeiou";
    private static final String ARTICLE = "\u0627\u0644";
    /** Letters that write a long vowel on their own. */
    private static final String ALEFS = "\u0627\u0649\u0622";
    /** و and ي: a long vowel between consonants, else a consonant. */
    private static final String WEAK = "\u0648\u064A";
    /** Consonants a romanisation may write as nothing (ع, ء and its seats; decision 0159). */
    private static final String SILENT = "\u0639\u0621\u0623\u0625\u0626\u0624";
    private static final char TA_MARBUTA = '\u0647';   // ة normalised
    private static final String[] DIGRAPHS = {"sh", "th", "kh", "gh", "dh", "ch", "ph", "zh", "ck"};

    private LatinVowelSlots() {
    }

    /** Fit of one spelling: it fits, it misfits, or its consonants do not line up with the Latin ones. */
    enum Fit { FITS, MISFITS, NOT_JUDGED }

    /**
     * Leaves out of {@code spellings} (normalised Arabic) those that misfit the normalised Latin word, when at least
     * one other of them fits; {@code kept} spellings (the lists' own for the typed name) always stay.
     */
    static void leaveOutMisfits(String latin, Collection<String> spellings, Collection<String> kept) {
        boolean anyFits = false;
        for (String s : spellings) {
            if (fit(latin, s) == Fit.FITS) {
                anyFits = true;
                break;
            }
        }
        if (anyFits) {
            spellings.removeIf(s -> !kept.contains(s) && fit(latin, s) == Fit.MISFITS);
        }
    }

    /** True when {@code spelling} misfits the Latin word and {@code other}, another of its spellings, fits. */
    static boolean misfitBeside(String latin, String spelling, String other) {
        return fit(latin, spelling) == Fit.MISFITS && fit(latin, other) == Fit.FITS;
    }

    /** How the normalised Arabic {@code spelling} (one word) fits the vowels of the normalised Latin word. */
    static Fit fit(String latin, String spelling) {
        if (spelling.indexOf(' ') >= 0) {
            return Fit.NOT_JUDGED;
        }
        String l = latin.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("'", "").replace("\u2019", "");
        if (l.isEmpty() || !l.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Fit.NOT_JUDGED;
        }
        String a = spelling;
        boolean typedArticle = false;
        // the article before a name of two letters too when the Latin writes it (Al-Anad: «العند», not «الند»; 0207)
        boolean arabicArticle = spelling.startsWith(ARTICLE) && (spelling.length() > ARTICLE.length() + 2
                || spelling.length() == ARTICLE.length() + 2 && LatinLinedUpNames.writesTheArticle(l));
        if (arabicArticle) {
            a = spelling.substring(ARTICLE.length());
            // the article typed (al-Jabri, Aljabri) is the Arabic one; a Latin word that only starts with al
            // (Albania: «ألبانيا») is read whole, its Arabic as written
            if ((l.startsWith("al") || l.startsWith("el")) && l.length() > 4) {
                l = l.substring(2);
                typedArticle = true;
            } else if (l.startsWith("al")) {
                a = spelling;
            }
        }
        Latin lat = Latin.read(l);
        List<Arabic> readings = Arabic.readings(a);
        if (readings.isEmpty() || lat.consonants < 2) {
            return Fit.NOT_JUDGED;
        }
        // the gaps speak only for a romanised Arabic name (the article typed, or letters only Arabic names have):
        // the press writes a European name's short vowels with long letters (Atlanta: «أتالانتا», Brussels:
        // «بروكسيل»)
        boolean romanised = typedArticle || LatinReadings.hasNativeLetters(spelling);
        boolean linedUp = false;
        for (Arabic ar : readings) {
            List<List<Boolean>> ways = ar.lineUp(lat.consonants, lat.initialVowel);
            if (ways.isEmpty()) {
                // ع the word starts with, which the Latin would write with its vowel before its first consonant:
                // Al-Rifai is not «العريفي», Al-Thuwaini not «العتواني»
                linedUp |= !lat.initialVowel && ar.startsWithAin() && !ar.lineUp(lat.consonants, true).isEmpty();
                continue;
            }
            linedUp = true;
            if (lat.initialVowel && !ar.initialSeat) {
                continue;
            }
            if (!romanised) {
                return Fit.FITS;
            }
            List<List<String>> letters = ar.gapLetters(lat.consonants, lat.initialVowel);
            for (int w = 0; w < ways.size(); w++) {
                if (fits(lat.gaps, ways.get(w)) && LatinDiphthongs.written(lat.gaps, letters.get(w))) {
                    return Fit.FITS;
                }
            }
        }
        return linedUp ? Fit.MISFITS : Fit.NOT_JUDGED;
    }

    /** True when the long gaps of the Arabic fit the vowels the Latin writes between the same consonants. */
    private static boolean fits(List<String> latinGaps, List<Boolean> longGaps) {
        for (int i = 0; i < latinGaps.size(); i++) {
            String v = latinGaps.get(i);
            boolean longLetter = longGaps.get(i);
            if (longLetter && v.isEmpty() || v.length() >= 2 && !longLetter) {
                return false;
            }
        }
        return true;
    }

    /** The Latin word read as consonants with the vowel letters between them. */
    private record Latin(boolean initialVowel, int consonants, List<String> gaps) {

        static Latin read(String l) {
            List<String> gaps = new ArrayList<>();
            int consonants = 0;
            StringBuilder vowels = new StringBuilder();
            boolean initialVowel = false;
            int i = 0;
            while (i < l.length()) {
                char c = l.charAt(i);
                boolean next = i + 1 < l.length() && VOWELS.indexOf(l.charAt(i + 1)) >= 0;
                boolean vowel = VOWELS.indexOf(c) >= 0 || (c == 'y' || c == 'w') && i > 0 && !next
                        && VOWELS.indexOf(l.charAt(i - 1)) >= 0;
                if (vowel) {
                    if (consonants == 0) {
                        initialVowel = true;
                    }
                    vowels.append(c);
                    i++;
                    continue;
                }
                int len = 1;
                for (String d : DIGRAPHS) {
                    if (l.startsWith(d, i)) {
                        len = 2;
                        break;
                    }
                }
                if ((c == 'g' || c == 'q') && i + 2 < l.length() && l.charAt(i + 1) == 'u'
                        && VOWELS.indexOf(l.charAt(i + 2)) >= 0) {
                    len = 2;   // gu, qu before a vowel write the consonant (Rodriguez, Guevara)
                }
                if (len == 1 && i + 1 < l.length() && l.charAt(i + 1) == c) {
                    len = 2;   // a doubled consonant: one letter with a shadda
                }
                if (consonants > 0) {
                    gaps.add(vowels.toString());
                }
                vowels.setLength(0);
                consonants++;
                i += len;
            }
            // a final h after a vowel (Sanah, Makkah) writes the ending, not a consonant to line up
            if (l.endsWith("h") && l.length() > 2 && VOWELS.indexOf(l.charAt(l.length() - 2)) >= 0
                    && !l.endsWith("sh") && !l.endsWith("ch") && vowels.isEmpty()) {
                consonants--;
                gaps.remove(gaps.size() - 1);
            }
            return new Latin(initialVowel, consonants, gaps);
        }
    }

    /** A consonant of the Arabic word and whether a long vowel letter follows it. */
    private record Slot(char consonant, boolean longAfter, String after) {
    }

    /** The Arabic word read as consonants; {@code initialSeat} when it starts with a letter that carries a vowel. */
    private record Arabic(boolean initialSeat, List<Slot> consonants) {

        /** True when the word starts with ع. */
        boolean startsWithAin() {
            return !consonants.isEmpty() && consonants.get(0).consonant == '\u0639';
        }

        /** Most و and ي inside a word read both as a vowel and as a consonant. */
        private static final int MAX_WEAK = 4;

        /**
         * The word read every way its و and ي inside it may be read (a long vowel or a consonant: شبوة is š-b-w,
         * الجبوري j-b-ū-r); none when it holds a letter that is no Arabic letter.
         */
        static List<Arabic> readings(String a) {
            List<Integer> weak = new ArrayList<>();
            for (int i = 1; i + 1 < a.length(); i++) {
                if (WEAK.indexOf(a.charAt(i)) >= 0 && !(ALEFS.indexOf(a.charAt(i + 1)) >= 0
                        || WEAK.indexOf(a.charAt(i + 1)) >= 0)) {
                    weak.add(i);
                }
            }
            List<Arabic> out = new ArrayList<>();
            if (weak.size() > MAX_WEAK) {
                Arabic one = read(a, Set.of());
                if (one != null) {
                    out.add(one);
                }
                return out;
            }
            for (int mask = 0; mask < 1 << weak.size(); mask++) {
                Set<Integer> consonantal = new HashSet<>();
                for (int k = 0; k < weak.size(); k++) {
                    if ((mask & 1 << k) != 0) {
                        consonantal.add(weak.get(k));
                    }
                }
                Arabic r = read(a, consonantal);
                if (r == null) {
                    return List.of();
                }
                out.add(r);
            }
            return out;
        }

        /**
         * The word read with the و and ي at {@code consonantal} as consonants (the others inside it as long vowels),
         * or null when it holds a letter that is no Arabic letter.
         */
        static Arabic read(String a, Set<Integer> consonantal) {
            List<Slot> cons = new ArrayList<>();
            boolean seat = false;
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if (c < 0x0621 || c > 0x064A) {
                    return null;
                }
                boolean beforeVowelLetter = i + 1 < a.length()
                        && (ALEFS.indexOf(a.charAt(i + 1)) >= 0 || WEAK.indexOf(a.charAt(i + 1)) >= 0);
                boolean vowelLetter = ALEFS.indexOf(c) >= 0
                        || WEAK.indexOf(c) >= 0 && i > 0 && !beforeVowelLetter && !consonantal.contains(i);
                if (vowelLetter) {
                    if (cons.isEmpty()) {
                        seat = true;
                    } else {
                        Slot last = cons.remove(cons.size() - 1);
                        cons.add(new Slot(last.consonant, true, last.after + c));
                    }
                    continue;
                }
                if (cons.isEmpty() && !seat && (SILENT.indexOf(c) >= 0 || WEAK.indexOf(c) >= 0)) {
                    seat = true;   // ع, a hamza's seat, و or ي the word starts with carries its first vowel
                }
                cons.add(new Slot(c, false, ""));
            }
            return new Arabic(seat, cons);
        }

        /**
         * For each way of lining the consonants up with {@code latin} Latin consonants (leaving out as many of ع,
         * ء and its seats and a final ه as needed, at most two), whether a long vowel stands in each gap between
         * the kept consonants (a consonant left out counts as one: the Latin writes its place as a vowel or
         * nothing; the first only when the Latin starts with a vowel); empty when they do not line up.
         */
        List<List<Boolean>> lineUp(int latin, boolean latinInitialVowel) {
            List<List<Boolean>> ways = new ArrayList<>();
            for (List<String> gaps : gapLetters(latin, latinInitialVowel)) {
                List<Boolean> longGaps = new ArrayList<>(gaps.size());
                for (String g : gaps) {
                    longGaps.add(!g.isEmpty());
                }
                ways.add(longGaps);
            }
            return ways;
        }

        /**
         * The same ways of lining up as {@link #lineUp}, each gap given as the Arabic letters standing in it: the
         * long vowel letters after the consonant before it, and a consonant left out with its own (empty: no long
         * vowel and no consonant left out).
         */
        List<List<String>> gapLetters(int latin, boolean latinInitialVowel) {
            int extra = consonants.size() - latin;
            List<List<String>> ways = new ArrayList<>();
            if (extra < 0 || extra > 2) {
                return ways;
            }
            List<Integer> optional = new ArrayList<>();
            for (int i = 0; i < consonants.size(); i++) {
                char c = consonants.get(i).consonant;
                if (SILENT.indexOf(c) >= 0 || c == TA_MARBUTA && i == consonants.size() - 1) {
                    optional.add(i);
                }
            }
            // ع or a hamza the word starts with stands for a vowel the Latin writes: Thuwaini is not «عتواني»
            if (!latinInitialVowel) {
                optional.remove(Integer.valueOf(0));
            }
            choose(optional, 0, extra, new ArrayList<>(), ways);
            return ways;
        }

        private void choose(List<Integer> optional, int from, int left, List<Integer> dropped,
                            List<List<String>> ways) {
            if (left == 0) {
                List<String> gaps = new ArrayList<>();
                StringBuilder pending = new StringBuilder();
                boolean first = true;
                for (int i = 0; i < consonants.size(); i++) {
                    Slot slot = consonants.get(i);
                    if (dropped.contains(i)) {
                        if (!first) {
                            pending.append(slot.consonant).append(slot.after);
                        }
                        continue;
                    }
                    if (!first) {
                        gaps.add(pending.toString());
                    }
                    first = false;
                    pending.setLength(0);
                    pending.append(slot.longAfter ? slot.after : "");
                }
                ways.add(gaps);
                return;
            }
            for (int k = from; k < optional.size(); k++) {
                dropped.add(optional.get(k));
                choose(optional, k + 1, left - 1, dropped, ways);
                dropped.remove(dropped.size() - 1);
            }
        }
    }
}
