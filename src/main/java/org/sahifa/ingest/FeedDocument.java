package org.sahifa.ingest;

import org.sahifa.store.ArticleDraft;

import java.util.List;

/**
 * A parsed RSS/Atom document.
 *
 * @param title    the channel title, or {@code null}
 * @param siteUrl  the channel link, or {@code null}
 * @param language the channel language, or {@code null}
 * @param items    the entries as drafts (HTML sanitised, plain text extracted), in document order
 * @param problems entries that were skipped, with their position ({@code item N}) and why
 */
public record FeedDocument(String title, String siteUrl, String language, List<ArticleDraft> items,
                           List<ItemProblem> problems) {

    /** An entry that could not become an article. */
    public record ItemProblem(String position, String message) {
    }

    public FeedDocument {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
