package org.sahifa.search;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to search.
 *
 * @param limit       at most this many hits (1–1000)
 * @param newestFirst sort by date, newest first, instead of by relevance
 * @param zone        the time zone in which {@code from:}/{@code to:} days begin and end
 */
public record SearchOptions(int limit, boolean newestFirst, ZoneId zone) {

    public static final int MAX_LIMIT = 1000;

    public SearchOptions {
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        Objects.requireNonNull(zone);
    }

    /** Twenty hits by relevance, days in the system's time zone. */
    public static SearchOptions defaults() {
        return new SearchOptions(20, false, ZoneId.systemDefault());
    }

    public SearchOptions withLimit(int value) {
        return new SearchOptions(value, newestFirst, zone);
    }

    public SearchOptions withNewestFirst(boolean value) {
        return new SearchOptions(limit, value, zone);
    }

    public SearchOptions withZone(ZoneId value) {
        return new SearchOptions(limit, newestFirst, value);
    }
}
