package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

/**
 * Report (not a test): for each {@code latin=arabic} argument, the Latin names the lists give the Arabic spelling,
 * the romanisation keys and whether the spelling is another name's (decision 0169).
 * {@code java -cp target/sahifa.jar:target/test-classes org.sahifa.search.OwnersProbe WORD=ARABIC…}
 */
public final class OwnersProbe {

    private OwnersProbe() {
    }

    public static void main(String[] args) {
        NameLexiconWords lists = NameLexiconWords.standard();
        for (String a : args) {
            String[] f = a.split("=");
            String ar = ArabicNormalizer.normalize(f[1]);
            String bare = ar.startsWith("ال") ? ar.substring(2) : ar;
            System.out.printf("%s %s keys %s owners %s bare %s another %b%n", f[0], ar, RomanisationKey.of(f[0]),
                    lists.latinNamesOf(ar), lists.latinNamesOf(bare), LatinNameOwners.isAnotherName(lists, f[0], ar));
        }
    }
}
