package org.sahifa.archive;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.sahifa.search.IndexAnalysis;
import org.sahifa.search.NameWords;
import org.sahifa.search.QueryCompiler;
import org.sahifa.search.QueryIndex;
import org.sahifa.search.SharedFullNames;
import org.sahifa.search.SpellingContext;
import org.sahifa.search.query.ParsedQuery;
import org.sahifa.search.query.QueryNode;
import org.sahifa.solr.CollectionNameStatistics;

/**
 * A query compiled by the client over the whole archive collection, with the library's own {@link QueryCompiler}
 * (decision 0124): the candidate spellings of each name are the collection's terms of its key, and which of them
 * are names is decided with the collection's totals, as the library decides with its whole index. What the
 * compilation looks up is fetched from the collection ({@link CollectionTerms}) in rounds: a round compiles with
 * what is known, noting what it missed (a missed count reads as 0 until known); the missing terms and counts are
 * fetched together, and the next round compiles again, until a round misses nothing (two or three rounds).
 *
 * <p>The result gives the statistics its decisions used, and the Arabic spellings it chose for a Latin name the
 * lists do not know (decision 0028, weighed over the whole collection), which the query carries to every shard
 * ({@link CollectionNameStatistics}), and the context verdicts on spellings another written vowel letter away
 * (decision 0125, from the collection's signatures, {@link CollectionTerms#signatures}, and 0126, from the full
 * names the spellings are tagged in over the collection, {@link CollectionTerms#fullNames}), so each shard scopes
 * names exactly so; and the compiler, whose matched
 * words and spellings draw the hits' marks ({@link org.sahifa.search.PageHighlights}). Not thread-safe.
 */
final class CollectionQuery {

    /** Rounds before giving up (each adds at least one look-up; the decisions need three levels at most). */
    static final int MAX_ROUNDS = 12;

    final QueryCompiler compiler;
    final CollectionNameStatistics statistics;

    private CollectionQuery(QueryCompiler compiler, CollectionNameStatistics statistics) {
        this.compiler = compiler;
        this.statistics = statistics;
    }

    /** Compiles {@code parsed} over the collection {@code terms} reads. */
    static CollectionQuery compile(CollectionTerms terms, ParsedQuery parsed, ZoneId zone) {
        Known known = new Known();
        for (int round = 0; ; round++) {
            Round r = new Round(known);
            QueryCompiler compiler = new QueryCompiler(IndexAnalysis.standard(), r, zone);
            if (!parsed.isEmpty()) {
                compiler.compile(parsed.root());
            }
            if (r.missingPrefixes.isEmpty() && r.missingTagged.isEmpty() && r.missingArticles.isEmpty()
                    && r.missingWritten.isEmpty() && r.missingSignatures.isEmpty() && r.missingFullNames.isEmpty()
                    && !r.missingTotal) {
                return new CollectionQuery(compiler,
                        new CollectionNameStatistics(r.usedTagged, r.usedArticles, r.usedLearned, r.usedContexts));
            }
            if (round + 1 >= MAX_ROUNDS) {
                throw new ArchiveException("The name statistics of «" + parsed.text() + "» did not settle after "
                        + MAX_ROUNDS + " rounds of look-ups");
            }
            known.prefixes.putAll(terms.startingWith(r.missingPrefixes, known.articles));
            terms.statistics(r.missingTagged, r.missingArticles, r.missingWritten, known.tagged, known.articles,
                    known.written);
            known.signatures.putAll(terms.signatures(r.missingSignatures));
            known.fullNames.putAll(terms.fullNames(r.missingFullNames));
            if (r.missingTotal) {
                known.total = terms.articles();
            }
        }
    }

    /** What earlier rounds fetched. */
    private static final class Known {
        /** Name-field terms by key prefix, per field. */
        final Map<String, Map<String, List<String>>> prefixes = new HashMap<>();
        final Map<String, Long> tagged = new HashMap<>();
        final Map<String, Long> articles = new HashMap<>();
        final Map<String, Long> written = new HashMap<>();
        /** Context signatures of spellings (decision 0125). */
        final Map<String, SpellingContext.Signature> signatures = new HashMap<>();
        /** The full names spellings are tagged in (decision 0126). */
        final Map<String, SharedFullNames.FullNames> fullNames = new HashMap<>();
        /** The collection's articles, once asked. */
        Long total;
    }

    /** One compilation: answers from what is known, notes what is not. */
    private static final class Round implements QueryIndex {
        private final Known known;
        final Set<String> missingPrefixes = new LinkedHashSet<>();
        final Set<String> missingTagged = new LinkedHashSet<>();
        final Set<String> missingArticles = new LinkedHashSet<>();
        final Set<String> missingWritten = new LinkedHashSet<>();
        final Map<String, Long> usedTagged = new LinkedHashMap<>();
        final Map<String, Long> usedArticles = new LinkedHashMap<>();
        final Map<String, List<String>> usedLearned = new LinkedHashMap<>();
        final Set<String> missingSignatures = new LinkedHashSet<>();
        final Set<String> missingFullNames = new LinkedHashSet<>();
        boolean missingTotal;
        final Map<String, Boolean> usedContexts = new LinkedHashMap<>();
        private final NameWords names;

        Round(Known known) {
            this.known = known;
            this.names = NameWords.over(this::tagged, this::articles);
        }

        private long tagged(String w) {
            return count(w, known.tagged, missingTagged, usedTagged);
        }

        private long articles(String w) {
            return count(w, known.articles, missingArticles, usedArticles);
        }

        /** The known count of {@code w} (noted as used), or 0 noted as missing. */
        private static long count(String w, Map<String, Long> known, Set<String> missing, Map<String, Long> used) {
            Long n = known.get(w);
            if (n == null) {
                missing.add(w);
                return 0;
            }
            used.put(w, n);
            return n;
        }

        @Override
        public List<String> termsStartingWith(String field, String prefix, int max) {
            Map<String, List<String>> byField = known.prefixes.get(prefix);
            if (byField == null) {
                missingPrefixes.add(prefix);
                return List.of();
            }
            List<String> terms = byField.getOrDefault(field, List.of());
            return terms.size() > max ? new ArrayList<>(terms.subList(0, max)) : terms;
        }

        @Override
        public NameWords names() {
            return names;
        }

        @Override
        public long writtenArticles(String word) {
            Long n = known.written.get(word);
            if (n == null) {
                missingWritten.add(word);
                return 0;
            }
            return n; // not sent to the shards: they are given the learned spellings themselves
        }

        @Override
        public List<String> learnedSpellings(String latin, List<String> listed) {
            List<String> spellings = QueryIndex.super.learnedSpellings(latin, listed);
            usedLearned.put(latin, spellings);
            return spellings;
        }

        /**
         * The verdict over the whole collection's signatures, as the library computes it over its own; noted for
         * the shards. Unknown until the signatures, the collection's size and the context words' tagged counts
         * are known (a later round asks again).
         */
        @Override
        public boolean sameName(String typed, String spelling) {
            SpellingContext.Signature a = signature(typed);
            SpellingContext.Signature b = signature(spelling);
            SharedFullNames.FullNames fa = fullNames(typed);
            SharedFullNames.FullNames fb = fullNames(spelling);
            if (known.total == null) {
                missingTotal = true;
            }
            if (a == null || b == null || fa == null || fb == null || known.total == null) {
                return false;
            }
            boolean v = SpellingContext.sameName(typed, a, fa, spelling, b, fb, w -> {
                Long n = known.tagged.get(w);
                if (n == null) {
                    missingTagged.add(w); // for the weights only: not sent to the shards, which get the verdict
                    return 0;
                }
                return n;
            }, known.total);
            usedContexts.put(CollectionNameStatistics.contextKey(typed, spelling), v);
            return v;
        }

        private SharedFullNames.FullNames fullNames(String w) {
            SharedFullNames.FullNames f = known.fullNames.get(w);
            if (f == null) {
                missingFullNames.add(w);
            }
            return f;
        }

        private SpellingContext.Signature signature(String w) {
            SpellingContext.Signature s = known.signatures.get(w);
            if (s == null) {
                missingSignatures.add(w);
            }
            return s;
        }

        @Override
        public Query linked(QueryNode.Entity e) {
            return null; // the shards link entities; the client only needs the words' decisions
        }

        @Override
        public Query state(QueryNode.ArticleState state) {
            return new MatchAllDocsQuery();
        }
    }
}
