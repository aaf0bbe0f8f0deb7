package org.sahifa.ingest.feed.http;

import java.io.IOException;
import java.net.URI;

/** A fetch that failed, with a {@link Kind} the caller can act on and a message fit to show a user. */
public final class FetchException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Kind {
        /** The host name did not resolve: usually no network. */
        UNKNOWN_HOST(true),
        /** The connection was refused or could not be made: no network, or the server is down. */
        CONNECT_FAILED(true),
        /** No connection within the connect timeout. */
        CONNECT_TIMEOUT(true),
        /** The server accepted the connection but did not answer (or went silent) in time. */
        TIMEOUT(false),
        /** The server answered with a status other than 2xx, 3xx or 304. */
        HTTP_STATUS(false),
        /** The body is larger than the cap. */
        TOO_LARGE(false),
        /** Redirects came back to an address already visited. */
        REDIRECT_LOOP(false),
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS(false),
        /** Only http and https are fetched. */
        UNSUPPORTED_SCHEME(false),
        /** The response was malformed (bad redirect, unknown content encoding, corrupt gzip). */
        BAD_RESPONSE(false),
        /** Any other input/output failure. */
        IO(false);

        private final boolean network;

        Kind(boolean network) {
            this.network = network;
        }

        /** True when this failure suggests the machine has no network, rather than a problem of one site. */
        public boolean suggestsOffline() {
            return network;
        }
    }

    private final Kind kind;
    private final URI uri;
    private final int status;
    private java.time.Duration retryAfter;

    public FetchException(Kind kind, URI uri, String message) {
        this(kind, uri, 0, message, null);
    }

    public FetchException(Kind kind, URI uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.uri = uri;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    public URI uri() {
        return uri;
    }

    /** What the server asked for with {@code Retry-After} (429, 503), or {@code null}. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }

    FetchException withRetryAfter(java.time.Duration d) {
        this.retryAfter = d;
        return this;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }
}
