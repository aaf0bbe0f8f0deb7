package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings in two words of a name typed as one (نصرالله → «نصر الله», سلفاكير → «سلفا كير»; decision 0055):
 * every split into two parts of at least {@value #MIN_PART} letters whose two words are a name together by decision
 * 0026 ({@link NameWords#isName}: listed together, tagged together by the recogniser, or each word a name), so an
 * ordinary word is never cut into two (هولندا is not هول + ندا: هول is a dictionary word). A dictionary word the
 * user typed that does not read as a name is not split. Thread-safe; no instances.
 */
final class CompoundSplits {

    /** Letters a typed word needs before it is split. */
    static final int MIN_LETTERS = 6;
    /** Letters each part needs. */
    static final int MIN_PART = 3;

    private CompoundSplits() {
    }

    /** The two-word spellings of the normalised typed word that are a name, each as «first second». */
    static List<String> of(String typed, NameWords names) {
        int n = typed.length();
        if (n < MIN_LETTERS || typed.indexOf(' ') >= 0 || NameForms.isLatin(typed)
                || NameWords.isCommonWord(typed) && !names.readsAsName(typed)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = MIN_PART; i <= n - MIN_PART; i++) {
            String pair = typed.substring(0, i) + ' ' + typed.substring(i);
            if (names.isName(pair)) {
                out.add(pair);
            }
        }
        return out;
    }
}
