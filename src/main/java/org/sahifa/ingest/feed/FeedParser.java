package org.sahifa.ingest.feed;

import java.net.URI;

/** Turns a feed document (UTF-8 bytes, the encoding already settled) into drafts. */
@FunctionalInterface
public interface FeedParser {

    /**
     * @param utf8Xml the document as UTF-8 with a matching (or no) XML declaration
     * @param base    its address, for relative links
     * @throws FeedParseException when it is not a readable RSS/Atom document
     */
    ParsedFeed parse(byte[] utf8Xml, URI base) throws FeedParseException;
}
