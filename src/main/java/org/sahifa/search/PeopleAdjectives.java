package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The adjective of the people of a two-word place named by a name and an adjective (decision 0142): كوريا الجنوبية →
 * «الكوري الجنوبي», «الكورية الجنوبية», «الكوريين الجنوبيين», «كوري جنوبي». A two-word name of the lists whose first
 * word is a name without the article and not already a nisba (كوريا, غينيا, أمريكا) and whose second is a nisba
 * behind the article (الجنوبية, الاستوائية, اللاتينية) gives the first word's nisba ({@link NameForms#nisbaBases})
 * followed by the same adjective, both in the same gender and number, with and without the article. Each pair is
 * searched as a phrase: two words that agree after the place's own first word name its people, not another thing.
 * A place headed by a direction (جنوب أفريقيا, جنوب السودان) gives the direction with the article and the name's
 * nisba: «الجنوب أفريقي», «الجنوب أفريقية», «الجنوب سوداني».
 * Thread-safe; no instances.
 */
final class PeopleAdjectives {

    private static final String ARTICLE = "\u0627\u0644";
    /** The directions that head a place's name (جنوب أفريقيا, جنوب السودان, شمال قبرص). */
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("\u062C\u0646\u0648\u0628",
            "\u0634\u0645\u0627\u0644", "\u0634\u0631\u0642", "\u063A\u0631\u0628");
    /** Gender and number endings after a masculine singular nisba: ي, ية, يين, يون. */
    private static final String[] ENDINGS = {"", "\u0647", "\u064A\u0646", "\u0648\u0646"};

    private PeopleAdjectives() {
    }

    /** The two-word adjective forms («first second») of the normalised two-word place, or none. */
    static List<String> of(String first, String second, NameWords names) {
        if (DIRECTIONS.contains(first) && !second.startsWith(ARTICLE) && !NameForms.isLatin(second)
                && names.lexicon().contains(first + ' ' + second)
                && (names.readsAsName(second) || names.lexicon().contains(second))) {
            // جنوب أفريقيا → «الجنوب أفريقي»: the direction takes the article, the name its nisba
            List<String> out = new ArrayList<>();
            for (String p : NameForms.nisbaBases(second)) {
                for (String e : ENDINGS) {
                    out.add(ARTICLE + first + ' ' + p + e);
                }
            }
            return out;
        }
        if (first.startsWith(ARTICLE) || NameForms.isNisba(first) || !NameForms.isArticleNisba(second)
                || NameForms.isLatin(first) || !names.lexicon().contains(first + ' ' + second)
                || !(names.readsAsName(first) || names.lexicon().contains(first))) {
            return List.of();
        }
        List<String> people = NameForms.nisbaBases(first);
        List<String> adjectives = NameForms.nisbaBases(second.substring(ARTICLE.length()));
        List<String> out = new ArrayList<>();
        for (String p : people) {
            for (String a : adjectives) {
                for (String e : ENDINGS) {
                    out.add(ARTICLE + p + e + ' ' + ARTICLE + a + e);
                    out.add(p + e + ' ' + a + e);
                }
            }
        }
        return out;
    }
}
