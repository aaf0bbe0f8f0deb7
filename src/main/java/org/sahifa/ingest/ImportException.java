package org.sahifa.ingest;

/** A file cannot be read any further; the message names the position, the file is added by the caller. */
public class ImportException extends Exception {

    private final String position;

    public ImportException(String position, String message) {
        super(message);
        this.position = position == null ? "" : position;
    }

    public ImportException(String position, String message, Throwable cause) {
        super(message, cause);
        this.position = position == null ? "" : position;
    }

    public String position() {
        return position;
    }
}
