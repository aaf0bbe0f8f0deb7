package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link QueryIndex} over one Lucene index reader (the library's index, an archive shard): the candidate
 * spellings of a name are its key's terms in the reader's merged term dictionary, and which words are names is
 * decided by the {@link NameWords} given.
 */
public abstract class ReaderIndex implements QueryIndex {

    protected final IndexReader reader;
    private final NameWords names;

    protected ReaderIndex(IndexReader reader, NameWords names) {
        this.reader = reader;
        this.names = names;
    }

    /** One seek in the merged term dictionary: each distinct term once, however many segments. */
    @Override
    public final List<String> termsStartingWith(String field, String prefix, int max) {
        List<String> out = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return out;
            }
            TermsEnum te = terms.iterator();
            BytesRef p = new BytesRef(prefix);
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                return out;
            }
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p) && out.size() < max; t = te.next()) {
                out.add(t.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public final NameWords names() {
        return names;
    }

    @Override
    public final long writtenArticles(String word) {
        try {
            return reader.docFreq(new Term(IndexFields.BODY_EXACT, word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
