/**
 * OPML 2.0 subscription lists: a hardened reader (no DTD, no external entities, bounded size, errors with line and
 * column) and a writer that nests feeds under their folders, so export → import round-trips.
 */
package org.sahifa.ingest.feed.opml;
