package org.sahifa.ingest.feed;

import org.sahifa.ingest.FeedDocument;
import org.sahifa.ingest.FeedDocumentParser;
import org.sahifa.ingest.ImportException;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Turns a feed document (UTF-8 bytes, the encoding already settled) into drafts. */
@FunctionalInterface
public interface FeedParser {

    /**
     * @param utf8Xml the document as UTF-8 with a matching (or no) XML declaration
     * @param base    its address, for relative links
     * @throws FeedParseException when it is not a readable RSS/Atom document
     */
    ParsedFeed parse(byte[] utf8Xml, URI base) throws FeedParseException;

    /** The library's hardened RSS/Atom parser (Rome; no DTD, bounded size, sanitised HTML), the one used by imports. */
    static FeedParser of(FeedDocumentParser parser) {
        return (bytes, base) -> {
            try {
                FeedDocument d = parser.parse(bytes, base, StandardCharsets.UTF_8);
                return new ParsedFeed(d.title(), d.siteUrl(), d.language(), d.items());
            } catch (ImportException e) {
                throw new FeedParseException("not a readable RSS or Atom feed at " + base + ": " + e.getMessage(), e);
            }
        };
    }
}
