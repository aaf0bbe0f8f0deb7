package org.sahifa.ingest.feed.opml;

/** An OPML file that cannot be read, with where (file, line, column) and why. */
public final class OpmlException extends Exception {

    private static final long serialVersionUID = 1L;

    public OpmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
