package org.sahifa.ingest.feed;

/**
 * What refreshing one feed did.
 *
 * @param feedId       the feed
 * @param title        its name
 * @param outcome      how it went
 * @param newArticles  articles stored
 * @param duplicates   new entries the library already had (from another feed or an import)
 * @param fullTexts    entries whose body was replaced by the text extracted from the linked page
 * @param pageFailures linked pages that could not be fetched (the feed's own body was kept)
 * @param error        why it failed, or {@code null}
 * @param note         a remark (encoding fallback, pages skipped), or {@code null}
 */
public record RefreshReport(long feedId, String title, Outcome outcome, int newArticles, int duplicates,
                            int fullTexts, int pageFailures, String error, String note) {

    /** How a refresh went. */
    public enum Outcome {
        /** The document was read (there may or may not have been new entries). */
        UPDATED,
        /** The server said 304: nothing changed. */
        NOT_MODIFIED,
        /** The fetch or the parse failed; see {@link #error()}. */
        FAILED,
        /** Cancelled before it ran. */
        CANCELLED
    }
}
