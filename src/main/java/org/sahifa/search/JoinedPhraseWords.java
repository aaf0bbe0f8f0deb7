package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A typed Arabic name of three words or more with two neighbouring words written as one (decision 0178): «علي عبد الله
 * صالح» is also «علي عبدالله صالح», «عبدالله بن عبد العزيز» also «عبدالله بن عبدالعزيز». Arabic press writes a compound
 * given name (عبد + a name of God, أبو + a name) joined or apart, and the name field cannot join them inside a phrase
 * when a word of the name is a function word it leaves out (علي reads as the preposition على). Each form is the typed
 * phrase with one pair joined, kept when the library writes the joined word ({@link NameWords#articleCount}, the
 * statistics the archive shares, decision 0124); it is searched as an exact phrase, its first word behind proclitics.
 * A two-word name is left to the compound of its two words (decision 0044): one word alone is no phrase. Thread-safe;
 * no instances.
 */
final class JoinedPhraseWords {

    /** Fewest letters of either word of a joined pair: a one-letter word is a clitic, not a name's word. */
    static final int MIN_LETTERS = 2;

    private JoinedPhraseWords() {
    }

    /**
     * The normalised words {@code words} (three or more, Arabic) with one neighbouring pair joined, for each pair whose
     * joined word the library writes ({@code articles} &gt; 0), in order.
     */
    static List<List<String>> of(List<String> words, ToLongFunction<String> articles) {
        if (words.size() < 3) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (a.length() < MIN_LETTERS || b.length() < MIN_LETTERS || NameForms.isLatin(a) || NameForms.isLatin(b)) {
                continue;
            }
            String joined = a + b;
            if (articles.applyAsLong(joined) > 0) {
                List<String> form = new ArrayList<>(words.subList(0, i));
                form.add(joined);
                form.addAll(words.subList(i + 2, words.size()));
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The columns of an exact phrase in the title and body (the title weighted {@code title} times more), each column
     * any of its words, weighted {@code weight}.
     */
    static Query exactPhrase(List<List<String>> columns, QueryIndex index, float weight, float title) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
            float boost = field.equals(IndexFields.TITLE_EXACT) ? weight * title : weight;
            if (columns.size() == 1) {
                // one column is what Lucene rewrites a one-column phrase to: any of its terms (decision 0204), here
                // as the index's term queries, whose term look-ups the index reuses like those of every other term
                b.add(new BoostQuery(anyTerm(field, columns.get(0), index), boost), Occur.SHOULD);
                continue;
            }
            MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
            for (int i = 0; i < columns.size(); i++) {
                m.add(columns.get(i).stream().map(w -> new Term(field, w)).toArray(Term[]::new), i);
            }
            b.add(new BoostQuery(index.phrase(m.build()), boost), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Any of {@code words} in {@code field}: the query {@code MultiPhraseQuery} rewrites a one-column phrase to (its
     * terms as optional clauses, in order), so that scores are those of the phrase; built from {@link
     * QueryIndex#term}, which may reuse the term's statistics.
     */
    static Query anyTerm(String field, List<String> words, QueryIndex index) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(index.term(new Term(field, w)), Occur.SHOULD);
        }
        return b.build();
    }
}
