package org.sahifa.text;

import java.io.IOException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How the shipped Wikidata name words write one Latin letter group (decisions 0182, 0183): of the listed names whose
 * Latin word matches a pattern, how many have an Arabic spelling (normalised) of one form and how many of another.
 */
record NamePairShares(int all, int first, int second) {

    static NamePairShares of(Pattern latin, Predicate<String> first, Predicate<String> second) throws IOException {
        int all = 0;
        int a = 0;
        int b = 0;
        for (String[] p : ListedNamesTest.personWords()) {
            if (!latin.matcher(p[0]).matches()) {
                continue;
            }
            String arabic = ArabicNormalizer.normalize(p[1]);
            all++;
            if (first.test(arabic)) {
                a++;
            } else if (second.test(arabic)) {
                b++;
            }
        }
        return new NamePairShares(all, a, b);
    }

    double firstShare() {
        return (double) first / all;
    }

    double secondShare() {
        return (double) second / all;
    }
}
