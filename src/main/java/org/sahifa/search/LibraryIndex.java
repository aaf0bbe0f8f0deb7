package org.sahifa.search;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The library's index as {@link QueryCompiler} reads it: one reader's term dictionary (one seek to a name's key
 * in the merged dictionary, each distinct term once however many segments), term states and phrase weights built
 * once per index generation (seeking a term in every segment is most of what preparing a query costs on a large
 * index), the library's name statistics, the entities layer's links and the store's reading state, and the
 * context of spellings (the tagged words of the articles that write them, decision 0125) and the full names they are
 * tagged in (decision 0126).
 */
final class LibraryIndex extends ReaderIndex {

    private final ArticleSource source;
    private final EntityLookup entities;
    private final Map<Term, TermStates> states;
    private final Map<ReusedWeightQuery.Key, Weight> weights;
    private final Map<String, SpellingContext.Signature> contexts;
    private final Map<String, SharedFullNames.FullNames> fullNames;
    private IndexSearcher statesSearcher;

    LibraryIndex(IndexReader reader, ArticleSource source, EntityLookup entities, NameWords names,
                 VariantCache.Generation lookups) {
        super(reader, names, lookups.prefixes());
        this.source = source;
        this.entities = entities;
        this.states = lookups.states();
        this.weights = lookups.weights();
        this.contexts = lookups.contexts();
        this.fullNames = lookups.fullNames();
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
    public boolean sameName(String typed, String spelling) {
        SpellingContext.Signature own = signature(typed);
        SharedFullNames.FullNames ownFullNames = fullNames(typed);
        if (!SpellingContext.mayShareContext(own, ownFullNames)) {
            // nothing around the typed word to compare: the verdict is "no" without reading the spelling's articles
            return false;
        }
        return SpellingContext.sameName(typed, own, ownFullNames, spelling, signature(spelling),
                fullNames(spelling), names()::taggedCount, reader.numDocs());
    }

    @Override
    public boolean differentContexts(String typed, String spelling) {
        return SpellingContext.differentContexts(typed, signature(typed), fullNames(typed), spelling,
                signature(spelling), fullNames(spelling), names()::taggedCount, reader.numDocs());
    }

    /**
     * The full names a normalised spelling is tagged in, anywhere in the library (decision 0126): the pairs of the
     * recogniser's tagged spellings that hold it; cached for the index generation.
     */
    SharedFullNames.FullNames fullNames(String word) {
        return VariantCache.get(fullNames, word, w -> SharedFullNames.of(w, names().taggedPairsWith(w)));
    }

    /**
     * The context signature of a normalised spelling (decision 0125): the articles whose body writes it as a word,
     * at most {@link SpellingContext#MAX_ARTICLES} with the highest ids, and the words the recogniser tagged in
     * them (one grouped read of the entities layer); cached for the index generation.
     */
    SpellingContext.Signature signature(String word) {
        return VariantCache.get(contexts, word, w -> {
            long[] all = articlesWriting(w);
            if (all.length == 0) {
                return SpellingContext.Signature.NONE;
            }
            long[] ids = all.length <= SpellingContext.MAX_ARTICLES ? all
                    : Arrays.copyOfRange(all, all.length - SpellingContext.MAX_ARTICLES, all.length);
            Map<String, Long> counts = new HashMap<>();
            for (Set<String> spellings : entities.taggedSpellings(ids).values()) {
                for (String t : NameWords.articleTaggedWords(spellings)) {
                    counts.merge(t, 1L, Long::sum);
                }
            }
            return SpellingContext.signature(all.length, ids.length, counts);
        });
    }

    /** The ids of the live articles whose body holds {@code word} as a word, in increasing order. */
    private long[] articlesWriting(String word) {
        long[] ids = new long[16];
        int n = 0;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum docs = leaf.reader().postings(
                        new Term(IndexFields.BODY_EXACT, word), PostingsEnum.NONE);
                if (docs == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID);
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS;
                     d = docs.nextDoc()) {
                    if ((live == null || live.get(d)) && values != null && values.advanceExact(d)) {
                        if (n == ids.length) {
                            ids = Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = values.longValue();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] all = Arrays.copyOf(ids, n);
        Arrays.sort(all);
        return all;
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
