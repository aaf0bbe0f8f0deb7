package org.sahifa.store;

import java.time.Instant;

/**
 * An article as an importer or a feed produces it, before the library stores it.
 *
 * @param title     the headline, plain text (required, not blank)
 * @param bodyHtml  the body as sanitised HTML (may be {@code null} when the source was plain text)
 * @param bodyText  the body as plain text, paragraphs separated by a blank line (required)
 * @param url       the original address, or {@code null}
 * @param guid      the source's own identifier (feed guid, JSON {@code guid}/{@code id}), or {@code null}
 * @param source    the publication or feed name, or {@code null}
 * @param author    the author, or {@code null}
 * @param language  a BCP 47 tag such as {@code ar}, or {@code null} when unknown
 * @param published when it was published, or {@code null} when unknown
 */
public record ArticleDraft(String title, String bodyHtml, String bodyText, String url, String guid, String source,
                           String author, String language, Instant published) {
}
