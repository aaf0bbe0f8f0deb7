package org.sahifa.search;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PrefixTerms} lists what a seek in the merged term dictionary lists (the former {@code
 * ReaderIndex.termsStartingWith}): the same terms in the same order, each once, at most the limit, over indexes of
 * several segments whose terms repeat across segments, with Arabic and Latin letters, prefixes of any length and
 * limits below and above the number of matching terms.
 */
class PrefixTermsTest {

    private static final String FIELD = "f";

    @Property(tries = 150)
    void listsWhatTheMergedTermDictionaryLists(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 40) List<@StringLength(min = 1, max = 4)
                    @CharRange(from = 'a', to = 'd') @CharRange(from = '\u0627', to = '\u0629') String>> segments,
            @ForAll @StringLength(max = 3) @CharRange(from = 'a', to = 'd') @CharRange(from = '\u0627', to = '\u0629')
                    String prefix,
            @ForAll @IntRange(min = 0, max = 30) int max) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (List<String> segment : segments) {
                    for (String term : segment) {
                        Document d = new Document();
                        d.add(new StringField(FIELD, term, Field.Store.NO));
                        d.add(new StringField("other", term + "x", Field.Store.NO));
                        w.addDocument(d);
                    }
                    if (segment.isEmpty()) {
                        Document d = new Document();
                        d.add(new StringField("other", "only", Field.Store.NO)); // a segment without the field
                        w.addDocument(d);
                    }
                    w.commit(); // one segment each
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(PrefixTerms.startingWith(reader, FIELD, prefix, max))
                        .containsExactlyElementsOf(merged(reader, FIELD, prefix, max));
                assertThat(PrefixTerms.startingWith(reader, "absent", prefix, max)).isEmpty();
            }
        }
    }

    /** The former code: one seek in the reader's merged term dictionary. */
    private static List<String> merged(DirectoryReader reader, String field, String prefix, int max)
            throws IOException {
        List<String> out = new ArrayList<>();
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
        return out;
    }
}
