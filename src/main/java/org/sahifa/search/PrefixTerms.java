package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of a field that start with a prefix, in term order, each distinct term once however many segments hold
 * it, at most a given number: what a seek in the reader's merged term dictionary ({@code MultiTerms}) lists, without
 * its priority queue over every segment (decision 0113). Each segment lists at most that many of its own terms
 * from the prefix on (the first ones of the union are among them); the union is sorted once. On a reader of 32
 * segments, where the name field's terms of one key repeat in most of them, the merged dictionary spent most of a
 * look-up comparing terms to keep its queue in order.
 */
final class PrefixTerms {

    private PrefixTerms() {
    }

    /** The first {@code max} distinct terms of {@code field} in {@code reader} that start with {@code prefix}. */
    static List<String> startingWith(IndexReader reader, String field, String prefix, int max) throws IOException {
        List<String> out = new ArrayList<>();
        if (max <= 0) {
            return out;
        }
        BytesRef p = new BytesRef(prefix);
        Set<BytesRef> seen = new HashSet<>();
        List<BytesRef> found = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int listed = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p) && listed < max; t = te.next()) {
                listed++;
                if (!seen.contains(t)) {
                    BytesRef copy = BytesRef.deepCopyOf(t);
                    seen.add(copy);
                    found.add(copy);
                }
            }
        }
        found.sort(null);
        for (int i = 0; i < found.size() && i < max; i++) {
            out.add(found.get(i).utf8ToString());
        }
        return out;
    }
}
