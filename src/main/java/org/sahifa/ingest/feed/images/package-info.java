/**
 * The offline image cache under {@code <data>/images/}: images of stored articles, fetched once through the
 * hardened client (image types only, checked by their first bytes, a per-image cap), stored content-addressed,
 * referenced from article HTML as {@code sahifa-image:<sha256>}, read back without any network, and kept under a
 * total size by least-recently-used eviction that never touches the images of bookmarked articles.
 */
package org.sahifa.ingest.feed.images;
