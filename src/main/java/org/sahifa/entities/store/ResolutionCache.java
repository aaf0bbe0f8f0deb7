package org.sahifa.entities.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which entity a recognised name resolved to, remembered across storing transactions so that a bulk import asks
 * the database only the first time it meets a spelling. It only ever holds what committed transactions wrote:
 * a transaction resolves into its own {@link Pending} map (read on top of this cache), which is
 * {@linkplain #publish published} after the commit and simply dropped after a rollback. Any correction of the
 * grouping tables {@linkplain #invalidate() clears} it inside the correction's transaction, and a pending map
 * started before a correction is never published, so the cache cannot outlive the rows it describes.
 */
final class ResolutionCache {

    /** Past this many names the cache starts afresh (bounds memory on huge libraries). */
    static final int LIMIT = 400_000;

    private final Map<String, Long> resolved = new ConcurrentHashMap<>();
    private long generation;

    /** The resolutions of one transaction, not yet committed. */
    static final class Pending {
        final long generation;
        final Map<String, Long> resolved = new HashMap<>();

        private Pending(long generation) {
            this.generation = generation;
        }
    }

    synchronized Pending begin() {
        return new Pending(generation);
    }

    /** The committed resolution of {@code key}, or null. */
    Long get(String key) {
        return resolved.get(key);
    }

    /** After the transaction of {@code p} committed: its resolutions become everyone's (unless a correction intervened). */
    synchronized void publish(Pending p) {
        if (p.generation != generation) {
            return;
        }
        if (resolved.size() + p.resolved.size() > LIMIT) {
            resolved.clear();
        }
        resolved.putAll(p.resolved);
    }

    /** Forgets everything (a correction changed the grouping tables). Call inside the correction's transaction. */
    synchronized void invalidate() {
        generation++;
        resolved.clear();
    }

    int size() {
        return resolved.size();
    }
}
