package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundWritesTest {

    @Test
    void writesRunInOrderOnOneThreadAndAwaitSeesThemAllDone() {
        BackgroundWrites writes = new BackgroundWrites("test-writer", 2);
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            int n = i;
            writes.submit(() -> {
                threads.add(Thread.currentThread().getName());
                done.add(n);
            });
        }
        writes.await();
        assertThat(done).hasSize(50).isSorted();
        assertThat(threads).containsOnly("test-writer");
        writes.close();
    }

    @Test
    void aSubmitterWaitsWhileTheLimitIsPending() throws InterruptedException {
        BackgroundWrites writes = new BackgroundWrites("test-writer", 2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        Runnable blocked = () -> {
            running.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        writes.submit(blocked);
        writes.submit(blocked);
        Thread third = new Thread(() -> writes.submit(() -> { }));
        third.start();
        third.join(300);
        assertThat(third.isAlive()).as("the third write waits for room").isTrue();
        release.countDown();
        third.join(10_000);
        assertThat(third.isAlive()).isFalse();
        writes.await();
        assertThat(running).hasValue(2);
        writes.close();
    }

    @Test
    void aFailingWriteDoesNotStopTheNextAndAfterCloseWritesRunOnTheCaller() {
        BackgroundWrites writes = new BackgroundWrites("test-writer", 2);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        writes.submit(() -> {
            throw new IllegalStateException("disk full");
        });
        writes.submit(() -> done.add("after failure"));
        writes.close();
        assertThat(done).containsExactly("after failure");
        writes.submit(() -> done.add(Thread.currentThread().getName()));
        assertThat(done).containsExactly("after failure", Thread.currentThread().getName());
    }
}
