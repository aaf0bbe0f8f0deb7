package org.sahifa.ingest.feed.opml;

/**
 * One feed of an OPML list.
 *
 * @param title   the display name ({@code text}, else {@code title}), or {@code null}
 * @param xmlUrl  the feed address (required)
 * @param htmlUrl the site address, or {@code null}
 * @param folder  the folder (the enclosing outline's text; nested folders joined with {@code /}), or {@code null}
 */
public record OpmlFeed(String title, String xmlUrl, String htmlUrl, String folder) {
}
