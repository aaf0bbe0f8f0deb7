package org.sahifa.ingest.feed;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffPolicyTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void successWaitsOneInterval() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(BackoffPolicy.afterSuccess(now, HOUR)).isEqualTo(now.plus(HOUR));
    }

    @Test
    void failuresDoubleTheWait() {
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 1, null)).isEqualTo(HOUR);
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 2, null)).isEqualTo(Duration.ofHours(2));
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 3, null)).isEqualTo(Duration.ofHours(4));
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 6, null)).isEqualTo(BackoffPolicy.MAX_DELAY);
    }

    @Test
    void shortIntervalsStillWaitAFewMinutes() {
        assertThat(BackoffPolicy.delayAfterFailure(Duration.ofSeconds(30), 1, null))
                .isEqualTo(BackoffPolicy.MIN_RETRY);
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 1, Duration.ofHours(3))).isEqualTo(Duration.ofHours(3));
        assertThat(BackoffPolicy.delayAfterFailure(HOUR, 1, Duration.ofDays(9))).isEqualTo(BackoffPolicy.MAX_DELAY);
    }

    @Property
    void delayIsMonotoneAndBounded(@ForAll @IntRange(min = 1, max = 10_000) int minutes,
                                   @ForAll @IntRange(min = 1, max = 1000) int failures) {
        Duration interval = Duration.ofMinutes(minutes);
        Duration d = BackoffPolicy.delayAfterFailure(interval, failures, null);
        Duration next = BackoffPolicy.delayAfterFailure(interval, failures + 1, null);
        assertThat(d).isBetween(BackoffPolicy.MIN_RETRY, BackoffPolicy.MAX_DELAY);
        assertThat(next).isGreaterThanOrEqualTo(d);
    }
}
