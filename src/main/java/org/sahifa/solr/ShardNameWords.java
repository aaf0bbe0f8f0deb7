package org.sahifa.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.sahifa.search.NameWords;

/**
 * Which words of a shard are names, by the desktop's own {@link NameWords} (decisions 0026, 0027, 0123, 0124)
 * over the library's statistics: the counts of the whole collection that the archive client sends with the query
 * ({@link CollectionNameStatistics}), and for a word they do not cover (a query sent without them) the shard's
 * own — the articles the recogniser tagged a word in ({@link ArchiveFields#NAME_TAGGED}: its total term frequency
 * is the library's count over this shard's articles) against the articles holding the word ({@code docFreq} of
 * {@link ArchiveFields#BODY_NAME}). Shard-only decisions are cached per index reader (a push or merge opens a new
 * searcher, which gets new ones) and dropped when the reader closes. Thread-safe.
 */
final class ShardNameWords {

    private static final Map<Object, NameWords> BY_READER = new ConcurrentHashMap<>();

    private ShardNameWords() {
    }

    /** The name words of {@code reader}'s shard by the collection's statistics where {@code collection} has them. */
    static NameWords of(IndexReader reader, CollectionNameStatistics collection) {
        if (collection.isEmpty()) {
            return of(reader);
        }
        ToLongFunction<String> tagged = tagged(reader);
        ToLongFunction<String> articles = NameWords.articlesIn(reader, ArchiveFields.BODY_NAME);
        return NameWords.over(w -> or(collection.tagged(w), tagged, w), w -> or(collection.articles(w), articles, w));
    }

    private static long or(OptionalLong known, ToLongFunction<String> local, String w) {
        return known.isPresent() ? known.getAsLong() : local.applyAsLong(w);
    }

    /** The name words of {@code reader}'s shard by its own statistics (cached while the reader is open). */
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
        return NameWords.over(tagged(reader), NameWords.articlesIn(reader, ArchiveFields.BODY_NAME));
    }

    private static ToLongFunction<String> tagged(IndexReader reader) {
        return word -> {
            try {
                return Math.max(0, reader.totalTermFreq(new Term(ArchiveFields.NAME_TAGGED, word)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
