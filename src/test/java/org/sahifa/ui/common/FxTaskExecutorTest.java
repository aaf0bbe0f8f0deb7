package org.sahifa.ui.common;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class FxTaskExecutorTest {

    /** A debounced search can fire after the window closed and shut the executor down: it is not started. */
    @Test
    void aTaskGivenAfterShutdownIsNotStartedAndDoesNotThrow() {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        executor.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        TaskHandle[] handle = new TaskHandle[1];
        assertThatCode(() -> handle[0] = executor.execute(BackgroundTask.of(p -> {
            ran.set(true);
            return 1;
        }))).doesNotThrowAnyException();
        assertThat(handle[0].isCancelled()).isTrue();
        assertThat(ran).isFalse();
    }
}
