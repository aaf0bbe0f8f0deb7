package org.sahifa.ingest.feed.images;

/**
 * An image read from the cache.
 *
 * @param hash      its SHA-256, lower-case hex
 * @param mediaType e.g. {@code image/png}
 * @param bytes     the image
 */
public record CachedImage(String hash, String mediaType, byte[] bytes) {
}
