/**
 * The hardened HTTP client every network read of Sahifa goes through: feeds, linked article pages and images.
 * Conditional GET (ETag, Last-Modified), gzip bounded on the decoded size, redirects followed by hand (bounded,
 * loops detected, http/https only), connect/idle/total timeouts, a streamed response size cap, and decoding of
 * text in the declared encoding with a fallback for feeds that lie about theirs.
 */
package org.sahifa.ingest.feed.http;
