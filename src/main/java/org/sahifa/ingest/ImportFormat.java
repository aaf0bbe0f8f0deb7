package org.sahifa.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats Sahifa imports, recognised by file name (a {@code .gz} suffix is looked through). */
public enum ImportFormat {
    /** One JSON object, or an array of them. */
    JSON,
    /** One JSON object per line. */
    JSON_LINES,
    /** Plain text: headline lines start new articles. */
    TEXT,
    /** An RSS 2.0, RSS 1.0 or Atom feed document. */
    FEED;

    /** The format a file name says, or {@code null} when the name says nothing Sahifa knows. */
    public static ImportFormat ofName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf")) {
            return FEED;
        }
        return null;
    }

    /** Whether the name marks gzip compression. */
    public static boolean isGzip(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
