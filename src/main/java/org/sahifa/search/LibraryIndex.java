package org.sahifa.search;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.sahifa.search.query.QueryNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The library's index as {@link QueryCompiler} reads it: one reader's term dictionary (one seek to a name's key
 * in the merged dictionary, each distinct term once however many segments), term states and phrase weights built
 * once per index generation (seeking a term in every segment is most of what preparing a query costs on a large
 * index), the library's name statistics, the entities layer's links and the store's reading state.
 */
final class LibraryIndex extends ReaderIndex {

    private final ArticleSource source;
    private final EntityLookup entities;
    private final Map<Term, TermStates> states;
    private final Map<ReusedWeightQuery.Key, Weight> weights;
    private IndexSearcher statesSearcher;

    LibraryIndex(IndexReader reader, ArticleSource source, EntityLookup entities, NameWords names,
                 VariantCache.Generation lookups) {
        super(reader, names);
        this.source = source;
        this.entities = entities;
        this.states = lookups.states();
        this.weights = lookups.weights();
    }

    /** The index alone: no store, no entities, names by the shipped lists only. */
    LibraryIndex(IndexReader reader, ArticleSource source) {
        this(reader, source, EntityLookup.NONE, NameWords.listsOnly(), VariantCache.Generation.uncached());
    }

    @Override
    public Query term(Term t) {
        TermStates s = VariantCache.get(states, t, k -> {
            try {
                if (statesSearcher == null) {
                    statesSearcher = new IndexSearcher(reader);
                }
                return TermStates.build(statesSearcher, k, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TermQuery(t, s);
    }

    @Override
    public Query phrase(Query phrase) {
        return new ReusedWeightQuery(phrase, weights);
    }

    @Override
    public Query linked(QueryNode.Entity e) {
        long[] ids = entities.articles(e.kind(), e.name());
        return ids == null || ids.length == 0 ? null : idSet(ids);
    }

    @Override
    public Query state(QueryNode.ArticleState state) {
        return switch (state) {
            case BOOKMARKED -> idSet(source.bookmarkedIds());
            case READ -> idSet(source.readIds());
            case UNREAD -> new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(idSet(source.readIds()), Occur.MUST_NOT)
                    .build();
        };
    }

    private static Query idSet(long[] ids) {
        return ids.length == 0 ? new MatchNoDocsQuery("no such articles")
                : new ConstantScoreQuery(NumericDocValuesField.newSlowSetQuery(IndexFields.ID, ids));
    }
}
