package org.sahifa.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.analysis.ArabicSearchAnalyzers;

/**
 * Throughput of Sahifa's normaliser and analyzers against Lucene's stock {@link ArabicAnalyzer} on the same
 * SaudiNewsNet articles, in one run. Each operation analyses the whole sample (see {@code articles}); compare
 * the scores of {@code luceneStockArabic} and {@code sahifaStemmed} (the same job: tokenise, normalise, stem —
 * Sahifa's also protecting names and keeping original offsets).
 *
 * <pre>./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench.args="AnalyzerBench -f 1 -wi 2 -i 3"</pre>
 * The corpus is read from {@code ../shared/data/bench/saudinewsnet.jsonl.gz} (or {@code -Dsahifa.bench.corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AnalyzerBench {

    @Param("2000")
    public int articles;

    private List<String> texts;
    private long chars;
    private Analyzer stock;
    private ArabicSearchAnalyzers sahifa;

    @Setup
    public void setUp() throws IOException {
        texts = BenchTexts.bodies(articles, Long.MAX_VALUE);
        chars = texts.stream().mapToLong(String::length).sum();
        stock = new ArabicAnalyzer();
        sahifa = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());
        System.out.printf("%n%d articles, %d chars (%.1f MB of UTF-16 text)%n", texts.size(), chars,
                chars * 2 / 1e6);
    }

    @TearDown
    public void tearDown() {
        stock.close();
    }


    private long analyze(Analyzer a, Blackhole bh) throws IOException {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream ts = a.tokenStream("body", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    bh.consume(term.length());
                    tokens++;
                }
                ts.end();
            }
        }
        return tokens;
    }

    @Benchmark
    public long luceneStockArabic(Blackhole bh) throws IOException {
        return analyze(stock, bh);
    }

    @Benchmark
    public long sahifaExact(Blackhole bh) throws IOException {
        return analyze(sahifa.exact(), bh);
    }

    @Benchmark
    public long sahifaStemmed(Blackhole bh) throws IOException {
        return analyze(sahifa.stemmed(), bh);
    }

    @Benchmark
    public long sahifaNameKeys(Blackhole bh) throws IOException {
        return analyze(sahifa.names(), bh);
    }

    /**
     * Stock and Sahifa (stemmed) alternately on the same batch of 100 articles, timed separately: the ratio
     * stock time / Sahifa time of each pair shares the machine's momentary load, so its median is robust on a
     * busy machine. Printed at the end of the trial ({@code ratio ≥ 1} means Sahifa is at least as fast).
     */
    @Benchmark
    public void interleavedStockVsSahifa(Blackhole bh) throws IOException {
        int from = (batch * 100) % Math.max(1, texts.size() - 100);
        batch++;
        List<String> slice = texts.subList(from, Math.min(texts.size(), from + 100));
        long t0 = System.nanoTime();
        analyzeAll(stock, slice, bh);
        long t1 = System.nanoTime();
        analyzeAll(sahifa.stemmed(), slice, bh);
        long t2 = System.nanoTime();
        ratios.add((double) (t1 - t0) / (t2 - t1));
    }

    private int batch;
    private final List<Double> ratios = new ArrayList<>();

    @TearDown
    public void printRatio() {
        if (ratios.isEmpty()) {
            return;
        }
        List<Double> sorted = new ArrayList<>(ratios);
        sorted.sort(null);
        System.out.printf("%ninterleaved pairs: %d, stock/sahifa time ratio: median %.2f, p25 %.2f, p75 %.2f%n",
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() / 4),
                sorted.get(sorted.size() * 3 / 4));
    }

    private static void analyzeAll(Analyzer a, List<String> slice, Blackhole bh) throws IOException {
        for (String text : slice) {
            try (TokenStream ts = a.tokenStream("body", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    bh.consume(term.length());
                }
                ts.end();
            }
        }
    }

    @Benchmark
    public void sahifaNormalizerOnly(Blackhole bh) {
        for (String text : texts) {
            bh.consume(ArabicNormalizer.normalize(text));
        }
    }
}
