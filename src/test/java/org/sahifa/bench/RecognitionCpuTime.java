package org.sahifa.bench;

import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.Mention;
import org.sahifa.entities.lists.NameFilter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import worker does per article, as CPU time of one thread: recognise the names of SaudiNewsNet bodies
 * ({@link BenchTexts}) and pass them through the list filter ({@link NameFilter}), {@code ROUNDS} times over the
 * same texts (the first rounds warm the JIT). Prints each round's thread CPU for the two steps, MB of UTF-8
 * recognised per CPU-second and a checksum of the mentions kept, so two builds can be compared on the same texts and checked to agree.
 * Measures the recogniser and filter of whatever jar is first on the class path:
 * <pre>java -cp target/test-classes:target/sahifa.jar org.sahifa.bench.RecognitionCpuTime [ARTICLES=3000] [ROUNDS=5]</pre>
 */
public final class RecognitionCpuTime {

    private RecognitionCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> texts = BenchTexts.bodies(articles, Long.MAX_VALUE);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        EntityRecognizer recognizer = EntityRecognizer.standard();
        NameFilter filter = NameFilter.standard();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d articles, %.2f MB of UTF-8%n", texts.size(), bytes / 1e6);
        for (int r = 1; r <= rounds; r++) {
            List<List<Mention>> found = new ArrayList<>(texts.size());
            long c0 = cpu.getCurrentThreadCpuTime();
            for (String text : texts) {
                found.add(recognizer.recognize(text));
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = 0; i < texts.size(); i++) {
                for (Mention m : filter.apply(texts.get(i), found.get(i))) {
                    sum = sum * 31 + m.start() * 7919L + m.end() * 131L + m.spelling().hashCode() + m.type().ordinal();
                }
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: recognition %.2f s CPU (%.2f MB per CPU-second), list filter %.3f s CPU,"
                    + " mentions checksum %016x%n", r, (c1 - c0) / 1e9, bytes / 1e6 / ((c1 - c0) / 1e9),
                    (c2 - c1) / 1e9, sum);
        }
    }
}
