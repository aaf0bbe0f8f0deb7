package org.sahifa.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sahifa.entities.EntityRecognizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of place/person recognition (the shipped recogniser: tokenizer, gazetteer, model, rules) on real
 * news: SaudiNewsNet articles, taken in file order until {@code megabytes} MB of UTF-8 text. One operation
 * recognises all of them, one article after the other on one thread, so operations per second × the MB printed
 * at setup = MB of Arabic text per second per core (on an idle machine); each iteration also prints MB per
 * CPU-second of the benchmark thread, which a busy shared machine distorts much less.
 *
 * <pre>./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench.args="EntityRecognizerBench -f 1 -wi 2 -i 3"</pre>
 * The corpus is read from {@code ../shared/data/bench/saudinewsnet.jsonl.gz} (or {@code -Dsahifa.bench.corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class EntityRecognizerBench {

    @Param("2")
    public int megabytes;

    private List<String> texts;
    private long bytes;
    private EntityRecognizer recognizer;
    private long cpuNanos;
    private long ops;

    @Setup
    public void setUp() throws IOException {
        texts = BenchTexts.bodies(Integer.MAX_VALUE, megabytes * 1_000_000L);
        bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        recognizer = EntityRecognizer.standard();
        System.out.printf("%n%d articles, %.3f MB of UTF-8 text per operation%n", texts.size(), bytes / 1e6);
    }

    @Benchmark
    public void recognize(Blackhole bh) {
        long c0 = CPU.getCurrentThreadCpuTime();
        for (String text : texts) {
            bh.consume(recognizer.recognize(text));
        }
        cpuNanos += CPU.getCurrentThreadCpuTime() - c0;
        ops++;
    }

    /**
     * On a shared machine the wall-clock score depends on the load; the CPU time of the benchmark thread does not
     * as much, so each iteration also prints MB of text per CPU-second of that thread.
     */
    @TearDown(Level.Iteration)
    public void cpuThroughput() {
        if (ops > 0 && cpuNanos > 0) {
            System.out.printf("  [%.2f MB per CPU-second over %d ops]%n", bytes * ops / 1e6 / (cpuNanos / 1e9), ops);
        }
        cpuNanos = 0;
        ops = 0;
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
}
