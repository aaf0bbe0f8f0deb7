package org.sahifa.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Search latency over the SaudiNewsNet library (31,030 articles) and the same repeated ({@code copies}=10:
 * 310,300 articles): one- and two-word name queries, 20 hits with snippets and marks, after warm-up.
 * Sample-time mode reports p50 and p99. The index is built once per size into {@code sahifa.bench.dir}
 * (default {@code /tmp/sahifa-bench}) by the indexer itself and reused by later runs.
 * <pre>
 * ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench.args="SearchLatencyBench -f 1 -wi 2 -i 3 -p copies=1"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SearchLatencyBench {

    public static final String[] ONE_WORD = {"بوتين", "أوباما", "الحوثي", "طهران", "واشنطن", "سلمان", "اليمن", "داعش",
            "كاميرون", "جدة", "روسيا", "لندن", "Obama", "Putin"};
    public static final String[] TWO_WORDS = {"الملك سلمان", "باراك أوباما", "عاصفة الحزم", "مجلس الأمن", "الأمم المتحدة",
            "ولي العهد", "فلاديمير بوتين", "البيت الأبيض", "بشار الأسد", "عبد الملك"};

    @Param({"1"})
    public int copies;

    private SearchService search;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        BenchCorpus corpus = new BenchCorpus(BenchCorpus.load(BenchCorpus.FILE), copies);
        Path dir = Path.of(System.getProperty("sahifa.bench.dir", "/tmp/sahifa-bench")).resolve("index-x" + copies);
        search = SearchService.open(dir, corpus);
        long start = System.nanoTime();
        long[] last = {0};
        search.prepare((done, total) -> {
            if (done - last[0] >= 20_000 || done == total) {
                System.out.printf("indexed %d of %d (%.0f s)%n", done, total, (System.nanoTime() - start) / 1e9);
                last[0] = done;
            }
        }, () -> false);
        System.out.printf("index ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @TearDown(Level.Trial)
    public void close() {
        search.close();
    }

    @Benchmark
    public SearchResults oneWordName() {
        return search.search(ONE_WORD[next++ % ONE_WORD.length], SearchOptions.defaults());
    }

    @Benchmark
    public SearchResults twoWordName() {
        return search.search(TWO_WORDS[next++ % TWO_WORDS.length], SearchOptions.defaults());
    }
}
