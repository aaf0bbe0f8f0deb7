package org.sahifa.ingest;

/**
 * Size bounds for imported files, so a hostile or mistaken file cannot exhaust memory or disk. Streamed formats
 * (JSON, JSON Lines) are read item by item and may be larger; whole-document formats (plain text, feeds) are
 * held in memory while parsed. The bounds apply to the uncompressed bytes of {@code .gz} files too.
 *
 * @param maxStreamedBytes bound for JSON and JSON Lines files
 * @param maxDocumentBytes bound for plain text and feed files
 * @param maxItemChars     bound for one article's title plus body
 */
public record ImportLimits(long maxStreamedBytes, long maxDocumentBytes, int maxItemChars) {

    /** 160 MiB streamed, 32 MiB per document, 4 Mi characters per article. */
    public static final ImportLimits DEFAULT = new ImportLimits(160L << 20, 32L << 20, 4 << 20);

    public long maxBytes(ImportFormat format) {
        return format == ImportFormat.JSON || format == ImportFormat.JSON_LINES ? maxStreamedBytes : maxDocumentBytes;
    }

    /** A size for messages: {@code 160 MiB}, {@code 16 KiB}, {@code 12 bytes}. */
    public static String human(long bytes) {
        if (bytes >= 1 << 20) {
            return (bytes >> 20) + " MiB";
        }
        return bytes >= 1 << 10 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
