package org.sahifa.ingest.feed.opml;

import java.util.List;

/**
 * An OPML subscription list.
 *
 * @param title the list's title, or {@code null}
 * @param feeds the feeds in document order
 */
public record OpmlDocument(String title, List<OpmlFeed> feeds) {

    public OpmlDocument {
        feeds = List.copyOf(feeds);
    }
}
