package org.sahifa.ingest.feed;

/** A subscription request that cannot be done (unknown feed, bad address, already subscribed…), said plainly. */
public final class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
