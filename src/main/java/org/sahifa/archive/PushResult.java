package org.sahifa.archive;

/**
 * What a push did.
 *
 * @param sent       articles sent and acknowledged by this push
 * @param resumedAt  the article id it started after (0: from the beginning)
 * @param complete   false when it was cancelled before the end (run it again to resume)
 * @param collection articles in the collection afterwards (when complete), else -1
 * @param millis     how long it took
 */
public record PushResult(long sent, long resumedAt, boolean complete, long collection, long millis) {
}
