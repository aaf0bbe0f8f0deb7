package org.sahifa.archive;

/** A shared archive could not do what was asked; the message says what, where and why, in words. */
public final class ArchiveException extends RuntimeException {

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
