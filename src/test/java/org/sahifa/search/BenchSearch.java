package org.sahifa.search;

import org.apache.lucene.index.IndexReader;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * The search service over a bench index and its query compiler, for the profiling helpers of decision 0219
 * ({@link ClauseTimes}, {@link PhaseTimes}, {@link HlLoop}). Not a test.
 */
final class BenchSearch {
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    final SearchService service;
    private final Method compiler;

    /** The service over {@code indexDir}, built from the bench corpus ×10 ({@code BuildBenchIndex 10}). */
    BenchSearch(String indexDir) throws Exception {
        var ctor = org.sahifa.bench.BenchCorpus.class.getDeclaredConstructor(List.class, int.class);
        ctor.setAccessible(true);
        ArticleSource corpus = (ArticleSource) ctor.newInstance(
                org.sahifa.bench.BenchCorpus.load(org.sahifa.bench.BenchCorpus.FILE, Integer.MAX_VALUE), 10);
        service = SearchService.open(Path.of(indexDir), corpus);
        service.prepare((d, t) -> { }, () -> false);
        compiler = SearchService.class.getDeclaredMethod("compiler", IndexReader.class, SearchOptions.class);
        compiler.setAccessible(true);
    }

    /** The compiler the service searches {@code reader} with (default options). */
    QueryCompiler compiler(IndexReader reader) throws Exception {
        return (QueryCompiler) compiler.invoke(service, reader, SearchOptions.defaults());
    }
}
