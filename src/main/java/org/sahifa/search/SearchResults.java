package org.sahifa.search;

import org.sahifa.search.query.ParsedQuery;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query     what the parser understood
 * @param totalHits how many articles match in all
 * @param hits      the best of them, in order
 */
public record SearchResults(ParsedQuery query, long totalHits, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
