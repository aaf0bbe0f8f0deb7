package org.sahifa.archive;

/** Progress of a push, after every acknowledged batch. */
@FunctionalInterface
public interface PushProgress {

    PushProgress NONE = (sent, total) -> { };

    /** {@code sent} of the {@code total} articles this push has to send are acknowledged. */
    void pushed(long sent, long total);
}
