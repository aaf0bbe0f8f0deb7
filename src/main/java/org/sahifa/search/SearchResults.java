package org.sahifa.search;

import org.sahifa.search.query.ParsedQuery;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query      what the parser understood
 * @param totalHits  how many articles match in all when {@code totalExact}; otherwise more than this many match
 *                   (the search stopped counting past {@link SearchService#TOTAL_HITS_THRESHOLD}): show "more than N"
 * @param totalExact whether {@code totalHits} is the exact count
 * @param hits       the best of them, in order
 */
public record SearchResults(ParsedQuery query, long totalHits, boolean totalExact, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Results with an exact total. */
    public SearchResults(ParsedQuery query, long totalHits, List<SearchHit> hits) {
        this(query, totalHits, true, hits);
    }
}
