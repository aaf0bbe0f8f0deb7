package org.sahifa.ingest.feed;

import org.sahifa.store.ArticleDraft;

import java.util.List;

/**
 * A feed document, parsed.
 *
 * @param title    the channel title, or {@code null}
 * @param siteUrl  the channel link, or {@code null}
 * @param language the channel language, or {@code null}
 * @param items    the entries as drafts (HTML sanitised)
 */
public record ParsedFeed(String title, String siteUrl, String language, List<ArticleDraft> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
