package org.sahifa.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentThreadTaskExecutorTest {

    private final TaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void deliversTheResultAndProgress() {
        List<String> seen = new ArrayList<>();
        TaskHandle h = executor.execute(BackgroundTask.<String>of(p -> {
            p.update(1, 4, "a quarter");
            return "done";
        }).onSuccess(seen::add));
        assertThat(seen).containsExactly("done");
        assertThat(h.progressProperty().get()).isEqualTo(0.25);
        assertThat(h.messageProperty().get()).isEqualTo("a quarter");
        assertThat(h.runningProperty().get()).isFalse();
    }

    @Test
    void deliversFailures() {
        List<Throwable> errors = new ArrayList<>();
        executor.execute(BackgroundTask.of(p -> {
            throw new IllegalStateException("broken");
        }).onFailure(errors::add).onSuccess(r -> errors.add(new AssertionError("no success expected"))));
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("broken");
    }
}
