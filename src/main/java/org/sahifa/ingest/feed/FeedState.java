package org.sahifa.ingest.feed;

/** How the last fetch of a feed went. */
public enum FeedState {
    /** Never fetched yet. */
    NEW,
    /** The last fetch brought a document. */
    OK,
    /** The last fetch was answered "304 not modified". */
    NOT_MODIFIED,
    /** The last fetch failed; see {@link Feed#lastError()}. */
    ERROR;

    String db() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static FeedState fromDb(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
