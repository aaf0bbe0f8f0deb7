package org.sahifa.cli;

import org.sahifa.library.ImportReport;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sahifa bench import FILE}: measures import throughput into an empty library; {@code sahifa bench suggest}:
 * the suggestions of every prefix of some queries over a library, with their latency.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (for docs/performance.md).",
        subcommands = {BenchCommand.ImportBench.class, SuggestBench.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say which benchmark: import, suggest");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import files into a new, empty library and report articles per second and peak heap.",
                    "The library is a temporary folder deleted afterwards, unless --data names an empty or new folder."})
    static final class ImportBench implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", description = "Keep the library here (must be empty or new).")
        Path data;

        @Option(names = "--without-features", description = "Without the search index and entity hooks: the storing path alone.")
        boolean bare;

        @Option(names = "--json", description = "The figures as one JSON object.")
        boolean json;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to import (e.g. saudinewsnet.jsonl.gz).")
        List<Path> paths;

        @Override
        public Integer call() throws IOException {
            Path dir = data != null ? data : Files.createTempDirectory("sahifa-bench");
            if (data != null && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new ParameterException(spec.commandLine(), dir + " is not empty");
                    }
                }
            }
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AfterGcPeak afterGc = AfterGcPeak.start(heap);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            ImportReport report;
            long articles;
            int hooks;
            double seconds;
            double cpuSeconds;
            long mergeStart;
            long mergeCpuStart;
            try (Library library = bare ? Library.openWithoutFeatures(dir) : Library.open(dir)) {
                report = library.imports().importPaths(paths);
                articles = library.articles().count();
                hooks = library.hookCount();
                seconds = (System.nanoTime() - start) / 1e9;
                cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
                // what the command line's import does next (decision 0233), timed apart
                mergeStart = System.nanoTime();
                mergeCpuStart = os.getProcessCpuTime();
                library.mergeSearchIndex(() -> false);
            }
            double mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
            double mergeCpuSeconds = (os.getProcessCpuTime() - mergeCpuStart) / 1e9;
            double allSeconds = (System.nanoTime() - start) / 1e9;
            double allCpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            double load = os.getSystemLoadAverage();
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long peakAfterGc = afterGc.stop();
            double rate = report.stored() / seconds;
            var out = spec.commandLine().getOut();
            if (json) {
                var n = Json.object();
                n.put("stored", report.stored());
                n.put("duplicates", report.duplicates());
                n.put("problems", report.problems().size());
                n.put("seconds", seconds);
                n.put("articlesPerSecond", rate);
                n.put("cpuSeconds", cpuSeconds);
                n.put("mergeSeconds", mergeSeconds);
                n.put("mergeCpuSeconds", mergeCpuSeconds);
                n.put("allSeconds", allSeconds);
                n.put("allCpuSeconds", allCpuSeconds);
                n.put("loadAverage", load);
                n.put("peakHeapBytes", peak);
                n.put("peakHeapAfterGcBytes", peakAfterGc);
                n.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
                n.put("hooks", hooks);
                n.put("articlesInLibrary", articles);
                Json.println(out, n);
            } else {
                out.printf(Locale.ROOT, "stored %d articles (%d duplicates, %d problems) in %.1f s: %.0f articles/s;"
                                + " process CPU %.1f s; peak heap %d MiB (max %d MiB), at most %d MiB after a"
                                        + " collection; %d hooks registered; load average %.1f on %d cores; then the index merge"
                                + " %.1f s, CPU %.1f s; in all (with closing) %.1f s, CPU %.1f s%n", report.stored(),
                        report.duplicates(), report.problems().size(), seconds, rate, cpuSeconds, peak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, peakAfterGc >> 20, hooks, load,
                        os.getAvailableProcessors(), mergeSeconds, mergeCpuSeconds, allSeconds, allCpuSeconds);
            }
            if (data == null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return 0;
        }
    }

    /**
     * The largest heap in use right after a garbage collection during the run: what the import really keeps
     * (the plain peak also counts garbage the collector had not yet reclaimed, which a large heap lets grow).
     */
    static final class AfterGcPeak implements javax.management.NotificationListener {
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();
        private final List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        static AfterGcPeak start(List<MemoryPoolMXBean> heap) {
            AfterGcPeak p = new AfterGcPeak();
            heap.forEach(pool -> p.heapPools.add(pool.getName()));
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter e) {
                    e.addNotificationListener(p, null, null);
                    p.emitters.add(e);
                }
            }
            return p;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
        }

        long stop() {
            for (var e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
            return peak.get();
        }
    }
}
