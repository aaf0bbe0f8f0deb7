package org.sahifa.entities.recognize;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a word is a common Arabic word: one that an Arabic spelling dictionary (Ayaspell's hunspell-ar, names of
 * persons, countries, capitals and continents left out) knows. Transliterated foreign names — باشينيان، ساركوزي،
 * علييف — are not, which is what makes this a name feature for words the training text never showed.
 * Rules of {@link #code}, on a folded word ({@link NameFold}):
 * <ul>
 *   <li>{@link #AS_WRITTEN}: the word, or the word without one of the suffixes {@link #SUFFIXES} (leaving at least
 *       three letters; a stripped ات may also stand for ه: حكومات → حكومه), is in the list;</li>
 *   <li>{@link #WITHOUT_CLITICS}: only a reading without proclitics or article ({@link Clitics#readings}, then
 *       ال) is, under the same suffix rule — بوتين is not a word, but وتين (ب + وتين) is, so the two codes stay
 *       apart;</li>
 *   <li>{@link #UNKNOWN}: neither, or no Arabic letters.</li>
 * </ul>
 * The list is built from the dictionary by {@code org.sahifa.entities.train.BuildCommonWords}.
 */
public final class CommonWords {

    public static final int UNKNOWN = 0;
    public static final int AS_WRITTEN = 1;
    public static final int WITHOUT_CLITICS = 2;

    /** The bundled list: folded words, one a line, gzip-compressed (MPL 1.1, see its LICENSE file). */
    public static final String RESOURCE = "/org/sahifa/entities/gazetteer/arabic-words.txt.gz";

    /** Suffixes tried, longest first: pronouns, plurals, duals and verb endings. */
    static final String[] SUFFIXES = {
        "\u0647\u0645\u0627", // هما
        "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0646\u0627", // هم هن ها كم نا
        "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u0627\u0646", "\u064A\u0647", "\u0648\u0627", // ات ون ين ان يه وا
        "\u0647", "\u064A", "\u062A" // ه ي ت
    };

    private static final char HEH = '\u0647';
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final int MIN_BASE = 3;

    private final Set<String> words;
    /** The same words for look-ups ({@link WordTable}: an absent word costs one read). */
    private final WordTable table;

    public CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.table = WordTable.of(this.words);
    }

    /** The words of the list (folded). */
    Set<String> words() {
        return words;
    }

    /** The bundled list, loaded once. */
    public static CommonWords standard() {
        return Holder.STANDARD;
    }

    /** Loads the bundled list on first use (the JVM's class initialisation makes it happen once). */
    private static final class Holder {
        static final CommonWords STANDARD = load();
    }

    private static CommonWords load() {
        Set<String> words = new HashSet<>(200_000);
        BundledWords.read(RESOURCE, words::add);
        return new CommonWords(words);
    }

    /** How the folded word relates to the list: {@link #UNKNOWN}, {@link #AS_WRITTEN} or {@link #WITHOUT_CLITICS}. */
    public int code(String fold) {
        if (!hasArabicLetter(fold)) {
            return UNKNOWN;
        }
        if (known(fold)) {
            return AS_WRITTEN;
        }
        for (String r : Clitics.readings(fold)) {
            String bare = withoutArticle(r);
            if (r != fold && known(r) || bare != null && known(bare)) {
                return WITHOUT_CLITICS;
            }
        }
        return UNKNOWN;
    }

    /** Whether the word, or the word without one suffix, is in the list. */
    boolean known(String w) {
        if (table.contains(w)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            int base = w.length() - suffix.length();
            if (base >= MIN_BASE && w.endsWith(suffix)
                    && (table.contains(w, 0, base) || table.contains(w, 0, base, HEH))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutArticle(String w) {
        return w.length() > MIN_BASE + 1 && w.charAt(0) == ALEF && w.charAt(1) == LAM ? w.substring(2) : null;
    }

    /** Whether the string holds a letter of the Arabic block (U+0621–U+064A). */
    static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                return true;
            }
        }
        return false;
    }
}
