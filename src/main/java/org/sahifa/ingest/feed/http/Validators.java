package org.sahifa.ingest.feed.http;

/**
 * What the server said about the last copy we have, sent back on the next fetch as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged feed costs a 304 and no body.
 *
 * @param etag         the {@code ETag} of the last 200 response, or {@code null}
 * @param lastModified the {@code Last-Modified} of the last 200 response (sent back verbatim), or {@code null}
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return (etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank());
    }
}
