package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.sahifa.text.analysis.NameVariants;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The spellings of names found in the index (a term-dictionary scan and a {@link org.sahifa.text.NameMatcher}
 * decision per candidate), remembered for one generation of the index: the cache belongs to the top-level
 * reader's {@linkplain IndexReader#getReaderCacheHelper() cache key}, and a search with a newer reader (after any
 * import or deletion) starts an empty cache, so a spelling added to the index is always found. Bounded: cleared
 * when it holds {@link #MAX_ENTRIES} lookups. Thread-safe.
 */
final class VariantCache {

    /** Lookups kept per generation (each a field, a name form and its spellings: a few hundred bytes). */
    static final int MAX_ENTRIES = 20_000;
    /** {@code -Dsahifa.search.variantCache=false} turns the cache off (to benchmark uncached lookups). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.variantCache"));

    private record Generation(Object key, Map<String, List<NameVariants.Variant>> lookups) {
    }

    private volatile Generation current = new Generation(new Object(), new ConcurrentHashMap<>());

    /** The lookups of {@code reader}'s generation (an empty map when the reader cannot be cached). */
    Map<String, List<NameVariants.Variant>> forReader(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null || !ENABLED) {
            return new ConcurrentHashMap<>();
        }
        Object key = helper.getKey();
        Generation g = current;
        if (g.key() != key) {
            synchronized (this) {
                g = current;
                if (g.key() != key) {
                    g = new Generation(key, new ConcurrentHashMap<>());
                    current = g;
                }
            }
        }
        if (g.lookups().size() >= MAX_ENTRIES) {
            g.lookups().clear();
        }
        return g.lookups();
    }

    /** {@code lookups.computeIfAbsent}, without holding a lock while computing (a lookup may recurse into the map). */
    static List<NameVariants.Variant> get(Map<String, List<NameVariants.Variant>> lookups, String key,
                                          Function<String, List<NameVariants.Variant>> compute) {
        List<NameVariants.Variant> v = lookups.get(key);
        if (v == null) {
            v = List.copyOf(compute.apply(key));
            lookups.put(key, v);
        }
        return v;
    }
}
