package org.sahifa.library;

import java.util.Map;

/**
 * Counts over the library.
 *
 * @param articles   every article
 * @param unread     articles not yet read
 * @param bookmarks  bookmarked articles
 * @param sources    articles per source name
 * @param tags       bookmarks per tag
 * @param dbBytes    the size of the database files on disk (main file and write-ahead log)
 */
public record LibraryStats(long articles, long unread, long bookmarks, Map<String, Long> sources,
                           Map<String, Long> tags, long dbBytes) {
}
