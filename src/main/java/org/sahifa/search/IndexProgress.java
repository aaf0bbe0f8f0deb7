package org.sahifa.search;

/** Receives the progress of a long index operation (a rebuild or a catch-up). Called on the indexing thread. */
@FunctionalInterface
public interface IndexProgress {

    IndexProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} articles indexed so far. */
    void indexed(long done, long total);
}
