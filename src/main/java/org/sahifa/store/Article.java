package org.sahifa.store;

import java.time.Instant;

/**
 * A stored article. The library's SQLite database is the source of truth; everything else derives from it.
 *
 * @param id         the library's identifier (SQLite row id), stable for the life of the library
 * @param title      the headline, plain text
 * @param bodyHtml   the body as sanitised HTML, or {@code null} when the source was plain text
 * @param bodyText   the body as plain text, paragraphs separated by a blank line
 * @param url        the original address, or {@code null}
 * @param guid       the source's own identifier, or {@code null}
 * @param source     the publication or feed name, or {@code null}
 * @param author     the author, or {@code null}
 * @param language   a BCP 47 tag, or {@code null}
 * @param published  when it was published, or {@code null}
 * @param fetched    when the library stored it
 * @param read       whether the user has read it
 * @param bookmarked whether the user has bookmarked it
 */
public record Article(long id, String title, String bodyHtml, String bodyText, String url, String guid,
                      String source, String author, String language, Instant published, Instant fetched,
                      boolean read, boolean bookmarked) {
}
