package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.Weight;
import org.sahifa.text.NameMatcher;
import org.sahifa.text.analysis.NameVariants;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What query compilation looks up in the index, remembered for one generation of the index: the spellings of
 * names (a term-dictionary scan and a {@link org.sahifa.text.NameMatcher} decision per candidate) and the
 * per-segment states of the terms searched (a term-dictionary seek in every segment), and the weights of the
 * phrases searched ({@link ReusedWeightQuery}: the same seeks for each word of a phrase). The cache belongs to the
 * top-level reader's {@linkplain IndexReader#getReaderCacheHelper() cache key}, and a search with a newer reader
 * (after any import or deletion) starts an empty one, so a spelling added to the index is always found. Bounded:
 * each map is cleared when it holds {@link #MAX_ENTRIES} entries. The matcher's decisions (is this indexed
 * spelling a variant of that name?) depend on no index and outlive generations, so after an import only the
 * term dictionary is scanned again. The context signatures of spellings (decision 0125) and the full names they are
 * tagged in (decision 0126) are kept per generation too.
 * Thread-safe.
 */
final class VariantCache {

    /** Entries kept per map and generation (a few hundred bytes each). */
    static final int MAX_ENTRIES = 20_000;
    /**
     * {@code -Dsahifa.search.variantCache=false} makes every search look up spellings and term states again, as
     * the first search after an import does (to benchmark that case); the matcher's decisions are still kept.
     */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.variantCache"));

    /**
     * The look-ups of one reader.
     *
     * @param variants  name spellings by field and name form
     * @param states    term states, valid for this reader only
     * @param decisions the matcher's decisions by normalised name form and indexed spelling (any reader)
     * @param learned   the Arabic spellings in this reader's index of a Latin name, by the learned model
     * @param weights   the weights of phrases, valid for this reader only
     * @param contexts  the context signatures of spellings in this reader's library (decision 0125)
     * @param fullNames the full names spellings are tagged in, in this reader's library (decision 0126)
     * @param prefixes  the terms of a field that start with a name key's prefix ({@link ReaderIndex#termsStartingWith}),
     *                  in this reader's index, by field, prefix and limit (decision 0113)
     */
    record Generation(Object key, Map<String, List<NameVariants.Variant>> variants, Map<Term, TermStates> states,
                      Map<String, Map<String, NameMatcher.Match>> decisions, Map<String, List<String>> learned,
                      Map<ReusedWeightQuery.Key, Weight> weights, Map<String, SpellingContext.Signature> contexts,
                      Map<String, SharedFullNames.FullNames> fullNames, Map<String, List<String>> prefixes) {

        /** An empty generation that belongs to no reader (used once, by one compiler). */
        static Generation uncached() {
            return uncached(new ConcurrentHashMap<>());
        }

        static Generation uncached(Map<String, Map<String, NameMatcher.Match>> decisions) {
            return new Generation(new Object(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), decisions,
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /** Name forms whose decisions are kept (each with the spellings of its key: up to a few thousand). */
    static final int MAX_DECIDED_FORMS = 2_000;

    private final Map<String, Map<String, NameMatcher.Match>> decisions = new ConcurrentHashMap<>();
    private volatile Generation current = Generation.uncached(decisions);

    /** The look-ups of {@code reader}'s generation (empty ones when the reader cannot be cached). */
    Generation forReader(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (decisions.size() >= MAX_DECIDED_FORMS) {
            decisions.clear();
        }
        if (helper == null || !ENABLED) {
            return Generation.uncached(decisions);
        }
        Object key = helper.getKey();
        Generation g = current;
        if (g.key() != key) {
            synchronized (this) {
                g = current;
                if (g.key() != key) {
                    g = new Generation(key, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), decisions,
                            new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                            new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
                    current = g;
                }
            }
        }
        if (g.variants().size() >= MAX_ENTRIES) {
            g.variants().clear();
        }
        if (g.states().size() >= MAX_ENTRIES) {
            g.states().clear();
        }
        if (g.learned().size() >= MAX_ENTRIES) {
            g.learned().clear();
        }
        if (g.weights().size() >= MAX_ENTRIES) {
            g.weights().clear();
        }
        if (g.contexts().size() >= MAX_ENTRIES) {
            g.contexts().clear();
        }
        if (g.fullNames().size() >= MAX_ENTRIES) {
            g.fullNames().clear();
        }
        if (g.prefixes().size() >= MAX_ENTRIES) {
            g.prefixes().clear();
        }
        return g;
    }

    /** {@code map.computeIfAbsent}, without holding a lock while computing (a look-up may use the map again). */
    static <K, V> V get(Map<K, V> map, K key, Function<K, V> compute) {
        V v = map.get(key);
        if (v == null) {
            v = compute.apply(key);
            map.put(key, v);
        }
        return v;
    }
}
