package org.sahifa.store;

/** The library's storage failed: the database could not be opened, migrated, read or written. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
