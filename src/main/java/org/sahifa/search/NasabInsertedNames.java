package org.sahifa.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.sahifa.text.ArabicGivenNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A given name and a family name typed together (Bandar Hajjar: a full name the library tags, decision 0137) are
 * also that person's Arabic full name with the nasab written between them, as the Arabic press names a person first
 * in an article: «بندر بن محمد حجار» (given, «بن», the father's name, family), «بندر بن محمد بن حمزة حجار» (and the
 * grandfather's). The nasab is Arabic naming grammar, the same for every name (decision 0230; decision 0155 reads a
 * nasab the user types). Only where the first word's spelling is a bare given name of the bundled name lexicon and the
 * second word's is no joining word; each inserted name is one word. Thread-safe; no instances.
 */
final class NasabInsertedNames {

    /** The nasab's «بن» between a given name and the father's name (normalised). */
    static final String BIN = "\u0628\u0646";

    /** Names of the nasab written between the typed given name and the family name: the father, the grandfather. */
    static final int MAX_FATHERS = 2;

    private NasabInsertedNames() {
    }

    /**
     * The slots of the full names with one and with two names of the nasab inserted, for {@code pair} («given
     * family», normalised): the given name (behind proclitics), «بن», any word, [«بن», any word,] the family name;
     * an empty slot is any one word ({@link MatchTerms.Phrase}). Empty when the pair is no given name and a family
     * name.
     */
    static List<List<Set<String>>> slots(String pair) {
        int space = pair.indexOf(' ');
        if (space < 0 || pair.indexOf(' ', space + 1) >= 0) {
            return List.of();
        }
        String given = pair.substring(0, space);
        String family = pair.substring(space + 1);
        if (!ArabicGivenNames.lexicon().isName(given) || family.equals(BIN) || family.length() < 2) {
            return List.of();
        }
        List<List<Set<String>>> out = new ArrayList<>();
        for (int fathers = 1; fathers <= MAX_FATHERS; fathers++) {
            List<Set<String>> s = new ArrayList<>();
            s.add(Set.copyOf(ProcliticForms.of(given)));
            for (int k = 0; k < fathers; k++) {
                s.add(Set.of(BIN));
                s.add(Set.of());
            }
            s.add(Set.of(family));
            out.add(s);
        }
        return out;
    }

    /**
     * The full names of {@link #slots} for each of {@code pairs} as exact phrases in title and body, weighted {@code
     * weight} (the title {@code title} times more); the slots are added to {@code terms} for marking when it is not
     * null. Null when no pair is a given name and a family name.
     */
    static Query of(List<String> pairs, QueryIndex index, MatchTerms terms, float weight, float title) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String pair : pairs) {
            for (List<Set<String>> slots : slots(pair)) {
                for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
                    MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
                    for (int i = 0; i < slots.size(); i++) {
                        if (!slots.get(i).isEmpty()) {
                            m.add(slots.get(i).stream().map(w -> new Term(field, w)).toArray(Term[]::new), i);
                        }
                    }
                    float boost = field.equals(IndexFields.TITLE_EXACT) ? weight * title : weight;
                    b.add(new BoostQuery(index.phrase(m.build()), boost), Occur.SHOULD);
                }
                if (terms != null) {
                    terms.phraseOf(MatchTerms.Kind.EXACT, slots);
                }
                any = true;
            }
        }
        return any ? b.build() : null;
    }
}
