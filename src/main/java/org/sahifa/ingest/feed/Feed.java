package org.sahifa.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A subscription and its status.
 *
 * @param id          the library's identifier
 * @param url         the feed document's address
 * @param title       the name the user sees (renamable)
 * @param source      the {@code source} of its articles, fixed at subscription (filter articles by it)
 * @param folder      its folder, or {@code null}
 * @param siteUrl     the site's address, or {@code null}
 * @param language    the feed's declared language, or {@code null}
 * @param interval    how often it is refreshed
 * @param fullText    whether linked pages are fetched for whole articles and images
 * @param state       how the last fetch went
 * @param lastFetch   the last attempt, or {@code null}
 * @param lastSuccess the last successful fetch, or {@code null}
 * @param lastError   why the last attempt failed (shown on the error badge), or {@code null}
 * @param errorKind   the kind of the last failure ({@code FetchException.Kind} name, or {@code PARSE}), or
 *                    {@code null}
 * @param note        a remark about the last fetch (e.g. an encoding that lied), or {@code null}
 * @param failures    consecutive failures
 * @param nextDue     when the schedule refreshes it next
 */
public record Feed(long id, URI url, String title, String source, String folder, URI siteUrl, String language,
                   Duration interval, boolean fullText, FeedState state, Instant lastFetch, Instant lastSuccess,
                   String lastError, String errorKind, String note, int failures, Instant nextDue) {

    public boolean failing() {
        return state == FeedState.ERROR;
    }
}
