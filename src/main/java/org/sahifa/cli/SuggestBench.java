package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.search.IndexProgress;
import org.sahifa.search.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sahifa bench suggest FILE}: the suggestions of every prefix (of at least {@code --min-prefix} characters) of
 * every query of FILE, as the search field asks for them while one types, and their latency (decision 0164). The
 * first round warms up (it also reads the library's names once); the later rounds are timed.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Ask for the suggestions of every prefix of every query of FILE (one a line) and report the"
                + " latency (p50, p99); with --json also every prefix's suggestions, one JSON object a line."})
final class SuggestBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption dataOption;

    @Option(names = "--json", description = "Each prefix's suggestions as a JSON line: query, prefix, suggestions.")
    boolean json;

    @Option(names = "--limit", defaultValue = "5", description = "Suggestions per prefix (default 5).")
    int limit;

    @Option(names = "--min-prefix", defaultValue = "3", description = "Shortest prefix in characters (default 3).")
    int minPrefix;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds over all prefixes, the first untimed (default 3).")
    int rounds;

    @Parameters(arity = "1", paramLabel = "FILE", description = "Queries, one a line (# lines and blank lines skipped).")
    Path file;

    @Override
    public Integer call() throws IOException {
        List<String[]> prefixes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String q = line.strip();
            if (q.isEmpty() || q.startsWith("#")) {
                continue;
            }
            int[] cps = q.codePoints().toArray();
            for (int n = minPrefix; n <= cps.length; n++) {
                String p = new String(cps, 0, n);
                if (!Character.isWhitespace(p.codePointBefore(p.length()))) {
                    prefixes.add(new String[] {q, p});
                }
            }
        }
        var out = spec.commandLine().getOut();
        try (Library library = Library.open(dataOption.resolve(spec))) {
            library.search().prepare(IndexProgress.NONE, () -> false);
            long firstStart = System.nanoTime();
            library.search().suggest(prefixes.isEmpty() ? "xx" : prefixes.get(0)[1], limit);
            double first = (System.nanoTime() - firstStart) / 1e6;
            long[] nanos = new long[Math.max(0, rounds - 1) * prefixes.size()];
            int k = 0;
            for (int round = 0; round < Math.max(1, rounds); round++) {
                for (String[] qp : prefixes) {
                    long start = System.nanoTime();
                    List<Suggestion> s = library.search().suggest(qp[1], limit);
                    long took = System.nanoTime() - start;
                    if (round > 0) {
                        nanos[k++] = took;
                    } else if (json) {
                        var n = Json.object();
                        n.put("query", qp[0]);
                        n.put("prefix", qp[1]);
                        var a = n.putArray("suggestions");
                        s.forEach(x -> a.add(x.text()));
                        Json.println(out, n);
                    }
                }
            }
            Arrays.sort(nanos, 0, k);
            double p50 = k == 0 ? 0 : nanos[k / 2] / 1e6;
            double p99 = k == 0 ? 0 : nanos[Math.min(k - 1, (int) Math.ceil(k * 0.99) - 1)] / 1e6;
            double max = k == 0 ? 0 : nanos[k - 1] / 1e6;
            String summary = String.format(Locale.ROOT, "%d prefixes x %d timed rounds: p50 %.2f ms, p99 %.2f ms, max %.2f"
                    + " ms; first suggestion %.0f ms; load average %.1f on %d cores", prefixes.size(),
                    Math.max(0, rounds - 1), p50, p99, max, first,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (json) {
                spec.commandLine().getErr().println(summary);
            } else {
                out.println(summary);
            }
        }
        return 0;
    }
}
