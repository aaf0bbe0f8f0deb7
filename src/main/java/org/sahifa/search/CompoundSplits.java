package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings in two words of a name typed as one (نصرالله → «نصر الله», سلفاكير → «سلفا كير»; decision 0055):
 * every split into two parts of at least {@value #MIN_PART} letters whose two words are one name together
 * ({@link NameWords#isTwoWordName}: listed together, or tagged together by the recogniser in enough articles). Two
 * names side by side are not enough (رونالدو is not «رون الدو», هولندا not «هول ندا»), and a dictionary word the user
 * typed that does not read as a name is not split. Thread-safe; no instances.
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
            if (names.isTwoWordName(pair)) {
                out.add(pair);
            }
        }
        return out;
    }
}
