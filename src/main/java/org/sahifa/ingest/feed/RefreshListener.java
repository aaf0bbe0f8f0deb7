package org.sahifa.ingest.feed;

/** Progress of a refresh of several feeds; called from worker threads. */
@FunctionalInterface
public interface RefreshListener {

    RefreshListener NONE = (done, total, report) -> {
    };

    /** {@code done} of {@code total} feeds are finished; {@code report} is the one that just finished. */
    void progress(int done, int total, RefreshReport report);
}
