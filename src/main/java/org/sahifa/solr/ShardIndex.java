package org.sahifa.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sahifa.search.NameWords;
import org.sahifa.search.ReaderIndex;
import org.sahifa.search.query.QueryNode;
import org.sahifa.text.analysis.NameVariants;

/**
 * One shard as the shared {@link org.sahifa.search.QueryCompiler} reads it: the candidate spellings of a name
 * come from the shard's own term dictionary (a spelling it does not hold matches nothing there), which words are
 * names from the collection's statistics ({@link ShardNameWords}), and so are the spellings of a Latin name the
 * lists do not know; {@code place:}/{@code person:} link the
 * articles whose entities have a spelling of the name (the archive carries every spelling of the entities each
 * article mentions); {@code is:} has no meaning in an archive (it keeps no reading state): {@code is:unread}
 * keeps everything, {@code is:read} and {@code is:bookmarked} nothing.
 */
final class ShardIndex extends ReaderIndex {

    /** At most this many spellings of an entity's name are linked. */
    static final int MAX_LINKED_SPELLINGS = 256;

    private final NameVariants spellingsOf = NameVariants.standard();
    private final CollectionNameStatistics collection;

    ShardIndex(IndexReader reader, NameWords names, CollectionNameStatistics collection) {
        super(reader, names);
        this.collection = collection;
    }

    /**
     * The spellings the client chose over the whole collection when the query carries them (a shard sees only its
     * own spellings, and the choice weighs them all against each other); else the shard's own choice.
     */
    @Override
    public List<String> learnedSpellings(String latin, List<String> listed) {
        return collection.learned(latin).orElseGet(() -> super.learnedSpellings(latin, listed));
    }

    /**
     * The verdict the client reached over the whole collection (a shard sees only its own articles' context);
     * unknown for a pair it was not told, so a shard accepts no spelling the client did not (decision 0125).
     */
    @Override
    public boolean sameName(String typed, String spelling) {
        return collection.context(typed, spelling).orElse(false);
    }

    @Override
    public Query linked(QueryNode.Entity e) {
        String field = e.kind() == QueryNode.EntityKind.PLACE ? ArchiveFields.PLACE_SPELLING
                : ArchiveFields.PERSON_SPELLING;
        List<NameVariants.Variant> spellings;
        try {
            spellings = spellingsOf.find(reader, field, e.name(), MAX_LINKED_SPELLINGS);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        if (spellings.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder linked = new BooleanQuery.Builder();
        for (NameVariants.Variant v : spellings) {
            linked.add(new TermQuery(new Term(field, v.term())), Occur.SHOULD);
        }
        return new ConstantScoreQuery(linked.build());
    }

    @Override
    public Query state(QueryNode.ArticleState state) {
        return state == QueryNode.ArticleState.UNREAD ? new MatchAllDocsQuery()
                : new MatchNoDocsQuery("an archive keeps no reading state");
    }
}
