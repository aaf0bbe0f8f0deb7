package org.sahifa.entities.store;

/** An entity id that the library does not have (or no longer has: merged into another). */
public final class UnknownEntityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownEntityException(long id) {
        super("no entity with id " + id);
    }

    public UnknownEntityException(String message) {
        super(message);
    }
}
