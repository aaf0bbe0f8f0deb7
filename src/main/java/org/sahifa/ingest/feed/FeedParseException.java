package org.sahifa.ingest.feed;

/** A feed document that cannot be read as RSS or Atom; the message says where and why. */
public final class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
