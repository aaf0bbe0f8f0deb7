package org.sahifa.ingest.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is due again. After a success: one interval later. After failures: the interval doubled per
 * consecutive failure ({@code interval × 2^(failures-1)}), never less than {@link #MIN_RETRY} and never more than
 * {@link #MAX_DELAY}; a server's {@code Retry-After} is honoured when it asks for longer. The failure count is
 * persisted with the feed, so a restart does not hammer a broken site.
 */
public final class BackoffPolicy {

    /** The shortest wait after a failure. */
    public static final Duration MIN_RETRY = Duration.ofMinutes(5);
    /** The longest wait, however many failures. */
    public static final Duration MAX_DELAY = Duration.ofHours(24);

    private BackoffPolicy() {
    }

    /** The next due time after a successful fetch (or a 304). */
    public static Instant afterSuccess(Instant now, Duration interval) {
        return now.plus(interval);
    }

    /**
     * The next due time after the {@code failures}-th consecutive failure.
     *
     * @param failures   consecutive failures including this one (≥ 1)
     * @param retryAfter what the server asked for, or {@code null}
     */
    public static Instant afterFailure(Instant now, Duration interval, int failures, Duration retryAfter) {
        return now.plus(delayAfterFailure(interval, failures, retryAfter));
    }

    static Duration delayAfterFailure(Duration interval, int failures, Duration retryAfter) {
        int shift = Math.max(0, Math.min(failures - 1, 20));
        Duration d;
        try {
            d = interval.multipliedBy(1L << shift);
        } catch (ArithmeticException e) {
            d = MAX_DELAY;
        }
        if (d.compareTo(MIN_RETRY) < 0) {
            d = MIN_RETRY;
        }
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter;
        }
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
