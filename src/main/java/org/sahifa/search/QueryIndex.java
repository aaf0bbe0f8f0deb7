package org.sahifa.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sahifa.search.query.QueryNode;

import java.util.List;

/**
 * What {@link QueryCompiler} reads from the index it compiles a query for, so that the library's index, an
 * archive shard and an archive collection seen from the client compile every query with the same code (decision
 * 0124): the candidate spellings of a name (its key's terms in a name field), which words are names (by the
 * statistics of the whole library or collection), the articles linked to an entity and the reading-state
 * filters.
 */
public interface QueryIndex {

    /** The terms of {@code field} that start with {@code prefix}, in index order, at most {@code max}. */
    List<String> termsStartingWith(String field, String prefix, int max);

    /** Which words are names (decision 0026). */
    NameWords names();

    /** In how many articles the normalised word is written as a word of its own ({@code body.exact}). */
    long writtenArticles(String word);

    /**
     * In how many articles the normalised word is written right after one of the normalised {@code heads} (محافظه
     * صبيا; {@code body.exact}, decision 0158). An index that cannot count phrases (an archive collection seen from
     * the client) answers 0: no such evidence.
     */
    default long articlesAfter(java.util.Set<String> heads, String word) {
        return 0;
    }

    /**
     * In how many articles one of the normalised phrases (each a list of words) is written ({@code body.exact},
     * decision 0174). An index that cannot count phrases answers 0: no such evidence.
     */
    default long articlesWriting(List<List<String>> phrases) {
        return 0;
    }

    /**
     * In how many articles the normalised word is written right after a place head, as the index counted them when
     * it was built ({@link PlacedNames}, decision 0175). An index without that count (an archive collection) answers
     * 0: no such evidence.
     */
    default long placedArticles(String word) {
        return 0;
    }

    /**
     * True when the library writes the two normalised spellings in different contexts ({@link
     * SpellingContext#differentContexts}, decision 0176). An index that cannot read contexts answers false: no such
     * evidence.
     */
    default boolean differentContexts(String typed, String spelling) {
        return false;
    }

    /**
     * The Arabic spellings, best first, of a Latin name by the learned transliteration model (decision 0028) over
     * this index's name terms, when the bilingual lists do not know it or the index holds none of its
     * {@code listed} spellings; else the listed spellings and the Arabic variants of those the index holds that it
     * writes more often (decision 0030), or none when there are no such variants (the lists decide). An index that
     * is told the decision (an archive shard, given the collection's) returns that.
     */
    default List<String> learnedSpellings(String latin, List<String> listed) {
        if (!LearnedSpellings.holdsAny(this, listed)) {
            return LearnedSpellings.in(this, latin);
        }
        // listed spellings the library writes only as ordinary words yield to a strong learned name (0139: كابول)
        List<String> stronger = LatinListedSpellings.strongerLearned(this, latin, listed);
        if (!stronger.isEmpty()) {
            return stronger;
        }
        List<String> variants = LearnedSpellings.listedVariants(this, latin, listed);
        // the name the library writes with a fixed second word (0138: Medina → المدينة المنورة)
        List<String> epithets = LearnedSpellings.epithets(this, latin);
        if (epithets.isEmpty()) {
            return variants;
        }
        List<String> out = new java.util.ArrayList<>(variants.isEmpty() ? listed : variants);
        epithets.stream().filter(e -> !out.contains(e)).forEach(out::add);
        return out;
    }

    /**
     * True when the words around the two normalised spellings in this library or collection say they write one name
     * (decision 0125, {@link SpellingContext#compare}). An index told the answers (an archive shard, given the
     * collection's) returns those, and false for a pair it was not told.
     */
    boolean sameName(String typed, String spelling);

    /** A query for one term (an index may reuse what it looked up for the term before). */
    default Query term(Term t) {
        return new TermQuery(t);
    }

    /**
     * A phrase query as built ({@code PhraseQuery}, {@code MultiPhraseQuery}); an index may reuse the weight it
     * built for an equal phrase before.
     */
    default Query phrase(Query phrase) {
        return phrase;
    }

    /**
     * The articles linked to the entity of {@code place:}/{@code person:}, as a constant-score query, or null when
     * no article is linked to it.
     */
    Query linked(QueryNode.Entity e);

    /** The articles of an {@code is:} filter. */
    Query state(QueryNode.ArticleState state);
}
