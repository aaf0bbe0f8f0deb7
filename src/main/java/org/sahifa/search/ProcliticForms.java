package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A normalised Arabic word as written behind the proclitics of the name index ({@code LightStemmer}'s clitics): a
 * conjunction و ف, a preposition ب ك ل, or a conjunction then a preposition; before the article a preposition ل writes
 * لل (الأمم → للأمم, وللأمم). The exact-field terms that find the first word of a two-word name behind proclitics,
 * as its stem tier found it before (decision 0141), without the stem's other forms (العربي is not العربية).
 * Thread-safe; no instances.
 */
final class ProcliticForms {

    private static final String[] CONJUNCTIONS = {"", "\u0648", "\u0641"};
    private static final String[] PREPOSITIONS = {"", "\u0628", "\u0643", "\u0644"};
    private static final String ARTICLE = "\u0627\u0644";
    private static final String LAM = "\u0644";

    private ProcliticForms() {
    }

    /** The word with each proclitic it may be written behind, the word itself first. */
    static List<String> of(String word) {
        List<String> out = new ArrayList<>(CONJUNCTIONS.length * PREPOSITIONS.length);
        boolean article = word.startsWith(ARTICLE) && word.length() > ARTICLE.length();
        for (String c : CONJUNCTIONS) {
            for (String p : PREPOSITIONS) {
                out.add(c + (article && p.equals(LAM) ? lam(word) : p + word));
            }
        }
        return out;
    }

    /**
     * A phrase's columns with its first word behind each proclitic ({@link #of}) and the others as typed: a noun
     * phrase («لهيئة الأمر بالمعروف», decision 0198) or a name's words the press joins («وعلي عبدالله صالح», 0178).
     */
    static List<List<String>> firstWordBehindProclitics(List<String> words) {
        List<List<String>> columns = new ArrayList<>(words.size());
        for (String w : words) {
            columns.add(columns.isEmpty() ? of(w) : List.of(w));
        }
        return columns;
    }

    /** A word with the article as written after the preposition ل, alone and behind و ف: للمملكة, وللمملكة, فللمملكة. */
    static List<String> afterLam(String word) {
        List<String> out = new ArrayList<>(CONJUNCTIONS.length);
        for (String c : CONJUNCTIONS) {
            out.add(c + lam(word));
        }
        return out;
    }

    /** ل before the article takes its alef: الأمم → للأمم, not لالأمم. */
    private static String lam(String word) {
        return LAM + word.substring(1);
    }

    /**
     * The second word of a two-word name as written after {@code first}: itself, and without its article after a
     * first word without one (a construct, ولد الشيخ / «ولد شيخ»; a definite noun's adjective keeps it: الأمم المتحدة).
     */
    static List<String> withoutArticleAfter(String first, String second) {
        boolean bare = !first.startsWith(ARTICLE) && second.startsWith(ARTICLE) && second.length() > ARTICLE.length() + 2;
        return bare ? List.of(second, second.substring(ARTICLE.length())) : List.of(second);
    }
}
