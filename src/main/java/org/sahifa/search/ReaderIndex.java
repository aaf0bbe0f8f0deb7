package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link QueryIndex} over one Lucene index reader (the library's index, an archive shard): the candidate
 * spellings of a name are its key's terms in the reader's merged term dictionary, and which words are names is
 * decided by the {@link NameWords} given.
 */
public abstract class ReaderIndex implements QueryIndex {

    protected final IndexReader reader;
    private final NameWords names;
    private final Map<String, List<String>> prefixes;

    protected ReaderIndex(IndexReader reader, NameWords names) {
        this(reader, names, new ConcurrentHashMap<>());
    }

    /**
     * An index over {@code reader} that remembers the terms it lists by prefix in {@code prefixes}, which must
     * belong to {@code reader} (a map of one index generation, see {@link VariantCache}).
     */
    protected ReaderIndex(IndexReader reader, NameWords names, Map<String, List<String>> prefixes) {
        this.reader = reader;
        this.names = names;
        this.prefixes = prefixes;
    }

    /**
     * The terms of the merged term dictionary: each distinct term once, however many segments ({@link PrefixTerms});
     * remembered for the reader (a name's key is listed for each field, form and reading that shares it). The list
     * cannot be changed.
     */
    @Override
    public final List<String> termsStartingWith(String field, String prefix, int max) {
        return VariantCache.get(prefixes, field + '\u0000' + prefix + '\u0000' + max, k -> {
            try {
                return List.copyOf(PrefixTerms.startingWith(reader, field, prefix, max));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public final NameWords names() {
        return names;
    }

    @Override
    public final long articlesAfter(Set<String> heads, String word) {
        if (heads.isEmpty() || writtenArticles(word) == 0) {
            return 0;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String h : heads) {
            any.add(new PhraseQuery(IndexFields.BODY_EXACT, h, word), BooleanClause.Occur.SHOULD);
        }
        try {
            return new IndexSearcher(reader).count(any.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final long articlesWriting(List<List<String>> phrases) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> p : phrases) {
            if (p.isEmpty()) {
                continue;
            }
            any.add(p.size() == 1 ? new org.apache.lucene.search.TermQuery(new Term(IndexFields.BODY_EXACT, p.get(0)))
                    : new PhraseQuery(IndexFields.BODY_EXACT, p.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
        }
        try {
            return new IndexSearcher(reader).count(any.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final long placedArticles(String word) {
        return docFreq(new Term(PlacedNames.FIELD, word));
    }

    @Override
    public final long writtenArticles(String word) {
        return docFreq(new Term(IndexFields.BODY_EXACT, word));
    }

    private long docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
