package org.sahifa.ingest;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one article file of any supported format ({@link ImportFormat}; gzip-compressed too) and delivers its
 * articles to a sink. The format comes from the file name; for other names it is sniffed from the first bytes
 * ({@code [}/{@code &#123;} → JSON, otherwise plain text). Sizes are bounded by {@link ImportLimits}.
 */
public final class FileImporter {

    private final ImportLimits limits;
    private final JsonArticleReader json;
    private final JsonLinesReader jsonLines;
    private final PlainTextReader text = new PlainTextReader();
    private final FeedDocumentParser feeds;

    public FileImporter(ImportLimits limits) {
        this.limits = limits;
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        this.json = new JsonArticleReader(limits, sanitizer);
        this.jsonLines = new JsonLinesReader(json, limits);
        this.feeds = new FeedDocumentParser(sanitizer, limits.maxDocumentBytes());
    }

    public FileImporter() {
        this(ImportLimits.DEFAULT);
    }

    /** Whether a directory walk should pick this file up (its name says a supported format). */
    public static boolean isSupported(Path file) {
        return ImportFormat.ofName(file) != null;
    }

    /**
     * Reads {@code file} into {@code sink}.
     *
     * @param forced the charset the user gave ({@code --encoding}), or {@code null} to detect
     * @throws ImportException when the file cannot be read (further): missing, unreadable, empty, too large,
     *                         badly encoded or malformed; items delivered before stay delivered
     */
    public void importFile(Path file, Charset forced, ImportSink sink) throws ImportException {
        importFile(file, forced, sink, new AtomicLong());
    }

    /**
     * {@link #importFile(Path, Charset, ImportSink)}, counting the file's bytes read so far (compressed bytes for
     * {@code .gz}) into {@code bytesRead}, for progress bars.
     */
    public void importFile(Path file, Charset forced, ImportSink sink, AtomicLong bytesRead) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException("", "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException("", "is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException("", "permission denied");
        }
        boolean gzip = ImportFormat.isGzip(file);
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException("", "the file is empty");
            }
            ImportFormat format = ImportFormat.ofName(file);
            if (format == null) {
                format = sniff(file, gzip);
            }
            long max = limits.maxBytes(format);
            if (!gzip && size > max) {
                throw new ImportException("", "the file is " + ImportLimits.human(size) + ", larger than the limit of "
                        + ImportLimits.human(max) + " for " + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " files; nothing was imported");
            }
            if (gzip && uncompressedExceeds(file, max)) {
                // Checked before anything is stored, so that a too large file adds nothing (docs/formats.md).
                throw new ImportException("", "the uncompressed file is larger than the limit of "
                        + ImportLimits.human(max) + " for " + format.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " files; nothing was imported");
            }
            try (InputStream in = open(file, gzip, max, bytesRead)) {
                switch (format) {
                    case JSON -> json.read(in, forced, sink);
                    case JSON_LINES -> jsonLines.read(in, forced, sink);
                    case TEXT -> text.read(TextDecoder.decode(in.readAllBytes(), forced), sink);
                    case FEED -> readFeed(in.readAllBytes(), forced, sink);
                    default -> throw new IllegalStateException(format.name());
                }
            }
        } catch (BoundedInputStream.TooLargeException e) {
            throw new ImportException("", "the uncompressed file is " + e.getMessage());
        } catch (ZipException e) {
            throw new ImportException("", "not a valid gzip file: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new ImportException("", "the file ends unexpectedly" + (gzip ? " (truncated gzip)" : ""));
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new ImportException("", "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException("", "permission denied");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException("", "invalid text in " + (forced == null ? "the file's encoding" : forced.name()));
        } catch (IOException e) {
            throw new ImportException("", "cannot read: " + e.getMessage(), e);
        }
    }

    private void readFeed(byte[] bytes, Charset forced, ImportSink sink) throws ImportException {
        FeedDocument doc = feeds.parse(bytes, null, forced);
        int index = 0;
        for (var draft : doc.items()) {
            index++;
            sink.item(ImportedItem.of(draft, "item " + index));
        }
        for (FeedDocument.ItemProblem p : doc.problems()) {
            sink.problem(p.position(), p.message());
        }
    }

    /** Whether a gzip file holds more than {@code max} bytes: decompressed once, counting, before any import. */
    private static boolean uncompressedExceeds(Path file, long max) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
            long total = 0;
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    return true;
                }
            }
            return false;
        }
    }

    private static InputStream open(Path file, boolean gzip, long max, AtomicLong bytesRead) throws IOException {
        InputStream raw = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), bytesRead), 1 << 16);
        if (!gzip) {
            return new BoundedInputStream(raw, max);
        }
        try {
            return new BoundedInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16), max);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static ImportFormat sniff(Path file, boolean gzip) throws IOException {
        try (InputStream in = open(file, gzip, Long.MAX_VALUE, new AtomicLong())) {
            byte[] head = in.readNBytes(4096);
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            if (i + 1 < head.length && head[i] == '<' && (head[i + 1] == '?' || head[i + 1] == 'r'
                    || head[i + 1] == 'f' || head[i + 1] == '!')) {
                return ImportFormat.FEED;
            }
            if (i < head.length && head[i] == '[') {
                return ImportFormat.JSON;
            }
            if (i < head.length && head[i] == '{') {
                // Several objects on separate lines → JSON Lines.
                for (int j = i; j < head.length; j++) {
                    if (head[j] == '\n') {
                        int k = j + 1;
                        while (k < head.length && (head[k] == ' ' || head[k] == '\r' || head[k] == '\t')) {
                            k++;
                        }
                        return k < head.length && head[k] == '{' ? ImportFormat.JSON_LINES : ImportFormat.JSON;
                    }
                }
                return ImportFormat.JSON;
            }
            return ImportFormat.TEXT;
        }
    }
}
