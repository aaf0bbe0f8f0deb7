package org.sahifa.search;

import org.sahifa.search.query.QueryNode;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A title before one Arabic given name and nothing more (King Faisal, Prince Mohammed, Sheikh Tamim; decision 0156):
 * the given name alone names many people (a «فيصل» of the sports pages, «سعود الفيصل»), the title and the name
 * together name one, as the press writes it: «الملك فيصل». Such a run is searched as the title and the name, a
 * phrase, not as the name with an optional title (decision 0135 keeps the title optional before a foreign or family
 * name, a full name or a regnal number: President Obama, King Abdullah II). A given name is a bare name of the
 * bundled Arabic name lexicon ({@link ArabicGivenNames}), not a word with the article. No instances.
 */
final class TitledNames {

    private static final String ARTICLE = "ال";

    private TitledNames() {
    }

    /**
     * The run of the title of {@code n} words at query word {@code i} and the one Latin word after it, when that word
     * is the last Latin word of the query's run and reads as an Arabic given name; else null.
     *
     * @param nameKey   the key ({@link EnglishNames#key}) of the word after the title
     * @param spellings the Arabic spellings of a normalised Latin name word
     */
    static LatinRuns.Run at(List<QueryNode> words, int i, int n, EnglishNames.Title title, String nameKey,
                            Function<String, List<String>> spellings) {
        int name = i + n;
        if (nameKey.indexOf(' ') >= 0 || name + 1 < words.size() && isLatinWord(words.get(name + 1))) {
            return null;
        }
        List<String> given = new ArrayList<>();
        for (String s : spellings.apply(ArabicNormalizer.normalize(nameKey).strip())) {
            if (isGivenName(s)) {
                given.add(s);
            }
        }
        if (given.isEmpty()) {
            return null;
        }
        List<String> arabic = new ArrayList<>();
        for (String t : title.arabic()) {
            for (String g : given) {
                arabic.add(t + " " + g);
            }
        }
        return new LatinRuns.Run(i, name + 1, LatinRuns.Kind.TITLED, LatinRuns.text(words, i, name + 1), arabic,
                title.feminine());
    }

    /** True when the normalised spelling is a bare given name of the bundled lexicon (فيصل, not الفيصل). */
    static boolean isGivenName(String spelling) {
        return spelling.indexOf(' ') < 0 && !spelling.startsWith(ARTICLE)
                && ArabicGivenNames.lexicon().isName(spelling);
    }

    private static boolean isLatinWord(QueryNode node) {
        return node instanceof QueryNode.Word w && EnglishNames.key(w.text()).matches("[a-z0-9 ]+");
    }
}
