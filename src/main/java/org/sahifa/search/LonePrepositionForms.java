package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.sahifa.text.ArabicStopwords;

/**
 * A typed ordinary Arabic word as written behind a lone preposition ب ل ك (alone or after the conjunction و)
 * (decision 0202): «بقصر الحكم», «لرابطة العالم الإسلامي», «بديوان المظالم». The stemmer leaves a lone ب ل ك on a
 * word (بعدما, لبنان, كابل would lose a letter), so the stem of «بقصر» is not that of «قصر» and a typed word searched by
 * its stem missed every article that writes it only behind one of them. Knowing the typed word, the query asks for
 * it behind each, as written (the exact fields: a stem of the written form would reach other words, كانتر → الكانتري),
 * unless that written form is a word of its own (the spelling dictionary's «بدين», «بحر»; a name, «لبنان»; a function
 * word). Only for a typed word of at least three letters without the article (behind the article the stemmer
 * removes بال لل كال itself) that is no function word. Thread-safe; no instances.
 */
final class LonePrepositionForms {

    /** {@code -Dsahifa.search.lonePrepositions=false} leaves the rule out (to measure before and after). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.lonePrepositions"));
    static final int MIN_LETTERS = 3;
    private static final String[] LONE = {"\u0628", "\u0644", "\u0643"};
    private static final String WAW = "\u0648";

    private LonePrepositionForms() {
    }

    /** The normalised typed word {@code word} as written behind a lone ب ل ك and و before them; empty when none. */
    static List<String> of(String word, NameWords names) {
        if (!ENABLED || word.length() < MIN_LETTERS || word.indexOf(' ') >= 0 || word.startsWith("\u0627\u0644")
                || NameForms.isLatin(word) || ArabicStopwords.contains(word)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2 * LONE.length);
        for (String p : LONE) {
            String written = p + word;
            if (NameWords.isCommonWord(written) || names.readsAsName(written) || ArabicStopwords.contains(written)) {
                continue;
            }
            out.add(written);
            out.add(WAW + written);
        }
        return out;
    }

    /**
     * {@code forms} in the body's exact field, weighted {@code weight}; null when there are none. Not in the title: a
     * title writes the word behind a lone preposition far more rarely than the body of the same article, and each
     * field doubles the term look-ups of a typed ordinary word.
     */
    static Query query(List<String> forms, QueryIndex index, float weight) {
        if (forms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : forms) {
            b.add(index.term(new Term(IndexFields.BODY_EXACT, f)), Occur.SHOULD);
        }
        return new BoostQuery(b.build(), weight);
    }
}
