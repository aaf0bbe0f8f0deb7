package org.sahifa.search;

import org.sahifa.search.query.QueryNode;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs of neighbouring Latin query words that Arabic news writes as one name, found before the words are searched
 * one by one (decisions 0134, 0135):
 * <ul>
 *   <li>an English name the press translates ({@link EnglishNames}: Arab League → «جامعة الدول العربية», «الجامعة
 *       العربية»), the longest run first;</li>
 *   <li>an institution's name composed word by word and confirmed by the library ({@link InstitutionNames}: Taibah
 *       University → «جامعة طيبة», decision 0192);</li>
 *   <li>a name of several Latin words that the bilingual lists translate (United Kingdom → «المملكة المتحدة»);</li>
 *   <li>a title before a name (King, Crown Prince): it ranks, but the name is found without it;</li>
 *   <li>a name and a regnal number (Abdullah II → «عبدالله الثاني», «عبد الله الثاني»; after Queen, the feminine
 *       ordinal).</li>
 * </ul>
 * Each run's Arabic spellings are searched as phrases, as written (with their proclitics), not word by word. No
 * instances.
 */
final class LatinRuns {

    /** What a run of query words is. */
    enum Kind {
        /** An English name of {@link EnglishNames}. */
        ENGLISH,
        /**
         * An institution's English name composed word by word where the library writes it ({@link InstitutionNames},
         * decision 0192): searched as an {@link #ENGLISH} run, without the list's short forms (decision 0174).
         */
        INSTITUTION,
        /** A name of several words that the bilingual lists translate. */
        LISTED,
        /** A title before a name: optional, for ranking. */
        TITLE,
        /** A title and the one given name after it: the title names the person with it (decision 0156). */
        TITLED,
        /** A name and its regnal number. */
        REGNAL
    }

    /**
     * Query words {@code from} (inclusive) to {@code to} (exclusive), the Latin text they make, their Arabic
     * spellings, and for a title whether it is a woman's.
     */
    record Run(int from, int to, Kind kind, String latin, List<String> arabic, boolean feminine) {

        int words() {
            return to - from;
        }
    }

    /** The most words of a region name ({@link RegionNames}) a run is tried with. */
    private static final int REGION_WORDS = 5;

    private LatinRuns() {
    }

    /**
     * The run that starts at query word {@code i}, or null. {@code title} is the title run just before it (null if
     * none): a regnal number then takes its gender, and a lone «I» counts. {@code listed} gives the bilingual lists'
     * Arabic spellings of a normalised Latin name of several words; {@code spellings} the Arabic spellings of a
     * normalised Latin name word.
     */
    static Run at(List<QueryNode> words, int i, Run title, EnglishNames english,
                  Function<String, List<String>> listed, Function<String, List<String>> spellings,
                  Function<String, List<String>> institutions) {
        List<String> keys = new ArrayList<>();
        int window = Math.max(Math.max(english.longestName(), english.longestTitle()), REGION_WORDS);
        for (int k = i; k < words.size() && k < i + window; k++) {
            String key = words.get(k) instanceof QueryNode.Word w ? latinKey(w.text()) : null;
            if (key == null) {
                break;
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            return null;
        }
        for (int n = Math.min(keys.size(), english.longestName()); n >= 1; n--) {
            List<String> arabic = english.arabicOf(String.join(" ", keys.subList(0, n)));
            if (!arabic.isEmpty()) {
                return new Run(i, i + n, Kind.ENGLISH, text(words, i, i + n), arabic, false);
            }
        }
        // an institution's name the press translates word by word, as the library writes it (decision 0192)
        Run institution = InstitutionNames.at(words, i, keys, InstitutionWords.standard(), institutions);
        if (institution != null) {
            return institution;
        }
        // a title followed by a word that is no title
        for (int n = Math.min(keys.size() - 1, english.longestTitle()); n >= 1; n--) {
            EnglishNames.Title t = english.title(String.join(" ", keys.subList(0, n)));
            if (t != null && english.title(keys.get(n)) == null && i + n < words.size()) {
                Run titled = TitledNames.at(words, i, n, t, keys.get(n), spellings);
                return titled != null ? titled
                        : new Run(i, i + n, Kind.TITLE, text(words, i, i + n), t.arabic(), t.feminine());
            }
        }
        for (int n = keys.size(); n >= 2; n--) {
            String joined = ArabicNormalizer.normalize(text(words, i, i + n)).strip();
            List<String> arabic = listed.apply(joined);
            if (!arabic.isEmpty()) {
                return new Run(i, i + n, Kind.LISTED, text(words, i, i + n), arabic, false);
            }
        }
        // a region, territory or grouping that CLDR names in English and Arabic (Ivory Coast; decision 0157)
        for (int n = Math.min(keys.size(), REGION_WORDS); n >= 2; n--) {
            List<String> arabic = RegionNames.arabicOf(String.join(" ", keys.subList(0, n)));
            if (!arabic.isEmpty()) {
                return new Run(i, i + n, Kind.ENGLISH, text(words, i, i + n), arabic, false);
            }
        }
        if (keys.size() >= 2) {
            int number = EnglishNames.regnalNumber(keys.get(1), title != null);
            if (number > 0 && keys.get(0).indexOf(' ') < 0) {
                List<String> arabic = new ArrayList<>();
                Boolean feminine = title == null ? null : title.feminine();
                for (String name : spellings.apply(ArabicNormalizer.normalize(keys.get(0)).strip())) {
                    for (String ordinal : EnglishNames.ordinals(number, feminine)) {
                        arabic.add(name + " " + ordinal);
                    }
                }
                if (!arabic.isEmpty()) {
                    return new Run(i, i + 2, Kind.REGNAL, text(words, i, i + 2), arabic, false);
                }
            }
        }
        return null;
    }

    /** The key ({@link EnglishNames#key}) of a Latin query word, or null when it is not all Latin letters and digits. */
    private static String latinKey(String word) {
        String key = EnglishNames.key(word);
        return !key.isEmpty() && LATIN_KEY.matcher(key).matches() && key.chars().anyMatch(Character::isLetter)
                ? key : null;
    }

    private static final java.util.regex.Pattern LATIN_KEY = java.util.regex.Pattern.compile("[a-z0-9 ]+");

    static String text(List<QueryNode> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(((QueryNode.Word) words.get(k)).text());
        }
        return sb.toString();
    }
}
