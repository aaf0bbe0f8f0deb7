package org.sahifa.search;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to search.
 *
 * @param limit       at most this many hits (1–1000)
 * @param newestFirst sort by date, newest first, instead of by relevance
 * @param zone        the time zone in which {@code from:}/{@code to:} days begin and end
 * @param snippets    how many of the first hits get their marks, snippet and matched words now (0–limit); the
 *                    others have none until {@link SearchService#highlight} is asked for them
 */
public record SearchOptions(int limit, boolean newestFirst, ZoneId zone, int snippets) {

    public static final int MAX_LIMIT = 1000;

    public SearchOptions {
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        snippets = Math.max(0, Math.min(limit, snippets));
        Objects.requireNonNull(zone);
    }

    /** Options that highlight every hit. */
    public SearchOptions(int limit, boolean newestFirst, ZoneId zone) {
        this(limit, newestFirst, zone, MAX_LIMIT);
    }

    /** Twenty hits by relevance, all highlighted, days in the system's time zone. */
    public static SearchOptions defaults() {
        return new SearchOptions(20, false, ZoneId.systemDefault());
    }

    /** At most {@code value} hits, all highlighted unless {@link #withSnippets} says otherwise afterwards. */
    public SearchOptions withLimit(int value) {
        return new SearchOptions(value, newestFirst, zone, snippets == limit ? MAX_LIMIT : snippets);
    }

    public SearchOptions withNewestFirst(boolean value) {
        return new SearchOptions(limit, value, zone, snippets);
    }

    public SearchOptions withZone(ZoneId value) {
        return new SearchOptions(limit, newestFirst, value, snippets);
    }

    /** Highlights only the first {@code value} hits now (the rows a window shows first). */
    public SearchOptions withSnippets(int value) {
        return new SearchOptions(limit, newestFirst, zone, value);
    }
}
