package org.sahifa.text;

import java.io.IOException;
import java.util.List;

/**
 * How the strictness of the Latin folding of {@link ListedNames} ("listed together", decision 0051) trades recall
 * for merged confusables on the development part of the variant and confusable sets, and how many pairs each level
 * lists: for each {@link ListedNames.LatinFolding}, the matcher with the lists learned that way. Reads the shipped
 * lists, writes nothing; the held-out parts are not read.
 * {@code java -cp target/classes:target/test-classes:$CP org.sahifa.text.ListedTogetherReport}
 */
public final class ListedTogetherReport {

    private ListedTogetherReport() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> persons = ListedNamesTest.personWords();
        List<String[]> places = ListedNamesTest.places();
        NameMatcher letters = new NameMatcher(ArabicGivenNames.lexicon(), ListedNames.NONE);
        System.out.println("folding: together pairs; development recall; development merged");
        for (ListedNames.LatinFolding f : ListedNames.LatinFolding.values()) {
            ListedNames listed = ListedNames.learn(persons, places, letters::isVariant, f);
            NameMatcher m = new NameMatcher(ArabicGivenNames.lexicon(), listed);
            int pairs = 0;
            int found = 0;
            for (List<String> g : NameMatchingEvaluationTest.read(NameMatchingEvaluationTest.VARIANTS[0])) {
                for (int i = 0; i < g.size(); i++) {
                    for (int j = i + 1; j < g.size(); j++) {
                        pairs++;
                        found += m.isVariant(g.get(i), g.get(j)) ? 1 : 0;
                    }
                }
            }
            int merged = 0;
            StringBuilder which = new StringBuilder();
            List<List<String>> conf = NameMatchingEvaluationTest.read(NameMatchingEvaluationTest.CONFUSABLES[0]);
            for (List<String> p : conf) {
                if (m.isVariant(p.get(0), p.get(1))) {
                    merged++;
                    which.append(' ').append(p.get(0)).append('/').append(p.get(1));
                }
            }
            System.out.printf("%s: %d; %.3f (%d/%d); %d/%d:%s%n", f, listed.togetherCount(), (double) found / pairs,
                    found, pairs, merged, conf.size(), which);
        }
    }
}
