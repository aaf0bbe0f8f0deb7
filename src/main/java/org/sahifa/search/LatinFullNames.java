package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Two Latin words typed together as one person's or place's full name (Mahmoud Abbas, Hosni Mubarak, Walid
 * al-Muallem; decision 0137): when the library tags a pair of their Arabic spellings, in the typed order, as one name
 * ({@link NameWords#isTwoWordName}: listed, or tagged in at least {@value NameWords#MIN_ARTICLES_FOR_STATISTICS}
 * articles), the Latin words are that full name and are searched as the Arabic full name typed, in order, not as
 * two words anywhere in an article: «محمود عباس», not «محمد عباس» nor «عباس محمد»; «وليد المعلم», not «المعلم وليد».
 * Decided by the words' own spellings (listed or learned, {@link QueryIndex#learnedSpellings}) and the library's
 * tagged-name counts, so the archive client and its shards decide alike (decision 0124). Thread-safe; no instances.
 */
final class LatinFullNames {

    /** Spelling pairs tried at most (the words' spellings are few; a bound for the worst case). */
    static final int MAX_PAIRS = 64;

    private LatinFullNames() {
    }

    /**
     * The Arabic full names, first word's spelling then second word's, that the library knows as one name, in the
     * order of the spellings (the likeliest first); empty when none is.
     *
     * @param first  the first Latin word's normalised Arabic spellings
     * @param second the second Latin word's
     */
    static List<String> of(NameWords names, List<String> first, List<String> second) {
        List<String> out = new ArrayList<>();
        int tried = 0;
        for (String a : first) {
            for (String b : second) {
                if (a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0 || tried++ >= MAX_PAIRS) {
                    continue;
                }
                String pair = a + " " + b;
                if (names.isTwoWordName(pair) && !out.contains(pair)) {
                    out.add(pair);
                }
            }
        }
        return out;
    }
}
