package org.sahifa.ingest.feed.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of one fetch.
 *
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param readTimeout    how long to wait for the response headers, and the longest silence while the body streams
 * @param totalTimeout   the longest a whole fetch (all redirects, whole body) may take
 * @param maxBytes       the largest body accepted, counted on the wire and again after gzip decoding
 * @param maxRedirects   how many redirects are followed before giving up
 */
public record HttpLimits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
                         int maxRedirects) {

    /** 10 MB, the cap of a feed document. */
    public static final long FEED_MAX_BYTES = 10L * 1024 * 1024;
    /** 5 MB, the cap of a linked article page. */
    public static final long PAGE_MAX_BYTES = 5L * 1024 * 1024;
    /** 5 MB, the cap of one image. */
    public static final long IMAGE_MAX_BYTES = 5L * 1024 * 1024;

    public HttpLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }

    /** Limits for a feed document: 10 s to connect, 20 s of silence, 2 minutes in all, 10 MB, 5 redirects. */
    public static HttpLimits feeds() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(2),
                FEED_MAX_BYTES, 5);
    }

    /** Limits for a linked article page (5 MB). */
    public static HttpLimits pages() {
        return feeds().withMaxBytes(PAGE_MAX_BYTES);
    }

    /** Limits for one image (5 MB). */
    public static HttpLimits images() {
        return feeds().withMaxBytes(IMAGE_MAX_BYTES);
    }

    public HttpLimits withMaxBytes(long bytes) {
        return new HttpLimits(connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects);
    }

    public HttpLimits withTimeouts(Duration connect, Duration read, Duration total) {
        return new HttpLimits(connect, read, total, maxBytes, maxRedirects);
    }
}
