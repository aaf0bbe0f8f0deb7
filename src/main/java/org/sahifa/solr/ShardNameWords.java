package org.sahifa.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.sahifa.search.NameWords;

/**
 * Which words of a shard are names, by the desktop's own {@link NameWords} (decisions 0026, 0027, 0123): the
 * shipped lists, and the library's statistics as this shard holds them — the articles the recogniser tagged a
 * word in ({@link ArchiveFields#NAME_TAGGED}, its total term frequency is the library's count over this shard's
 * articles) against the articles holding the word ({@code docFreq} of {@link ArchiveFields#BODY_NAME}). The
 * thresholds are shares, so a shard's own articles give the library's decision up to sampling; one instance per
 * index reader (a push or merge opens a new searcher, which gets a new one), dropped when the reader closes.
 * Thread-safe.
 */
final class ShardNameWords {

    private static final Map<Object, NameWords> BY_READER = new ConcurrentHashMap<>();

    private ShardNameWords() {
    }

    /** The name words of {@code reader}'s shard (cached while the reader is open). */
    static NameWords of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        NameWords known = BY_READER.get(key);
        if (known != null) {
            return known;
        }
        NameWords built = build(reader);
        NameWords earlier = BY_READER.putIfAbsent(key, built);
        if (earlier != null) {
            return earlier;
        }
        helper.addClosedListener(BY_READER::remove);
        return built;
    }

    private static NameWords build(IndexReader reader) {
        return NameWords.over(word -> tagged(reader, word), reader, ArchiveFields.BODY_NAME);
    }

    private static long tagged(IndexReader reader, String word) {
        try {
            return Math.max(0, reader.totalTermFreq(new Term(ArchiveFields.NAME_TAGGED, word)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
