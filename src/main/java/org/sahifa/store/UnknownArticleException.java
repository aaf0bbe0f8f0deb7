package org.sahifa.store;

/** No article has the given id. */
public final class UnknownArticleException extends StoreException {

    private final long id;

    public UnknownArticleException(long id) {
        super("No article with id " + id, null);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
