package org.sahifa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recogniser of two builds compared in one JVM (a loaded machine's run-to-run spread is larger than the
 * difference between two builds): each jar is loaded in its own class loader, and every round recognises the same
 * SaudiNewsNet bodies ({@link BenchTexts}) with both, alternately first, timed by the thread's CPU. Prints each
 * round's CPU per build, the median of the rounds after the first two, and a checksum of each build's mentions (they
 * must agree):
 * <pre>java -Xmx3g -cp target/test-classes:OLD.jar org.sahifa.bench.RecognitionAb OLD.jar NEW.jar [ARTICLES=3000] [ROUNDS=8]</pre>
 * (the class path's jar only reads the texts; each build runs from its own class loader).
 */
public final class RecognitionAb {

    private RecognitionAb() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<String> texts = BenchTexts.bodies(articles, Long.MAX_VALUE);
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[2][rounds];
        long[] sums = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int b = (r + k) % 2;
                long c0 = cpu.getCurrentThreadCpuTime();
                long sum = 0;
                for (String text : texts) {
                    sum = sum * 31 + builds[b].recognize(text);
                }
                seconds[b][r] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                sums[b] = sum;
            }
            System.out.printf("round %d: old %.2f s, new %.2f s CPU%n", r + 1, seconds[0][r], seconds[1][r]);
        }
        for (int b = 0; b < 2; b++) {
            double[] warm = Arrays.copyOfRange(seconds[b], Math.min(2, rounds - 1), rounds);
            Arrays.sort(warm);
            System.out.printf("%s: median of warm rounds %.2f s CPU, mentions checksum %016x (%s)%n",
                    b == 0 ? "old" : "new", warm[warm.length / 2], sums[b], args[b]);
        }
    }

    /** One build's recogniser, reached by reflection through its own class loader. */
    private static final class Build {
        private final Object recognizer;
        private final Method recognize;
        private final Method start;
        private final Method end;
        private final Method type;

        Build(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = Class.forName("org.sahifa.entities.EntityRecognizer", true, loader);
            recognizer = c.getMethod("standard").invoke(null);
            recognize = c.getMethod("recognize", String.class);
            Class<?> m = Class.forName("org.sahifa.entities.Mention", true, loader);
            start = m.getMethod("start");
            end = m.getMethod("end");
            type = m.getMethod("type");
        }

        /** A checksum of the mentions found in {@code text}. */
        long recognize(String text) throws Exception {
            long sum = 0;
            for (Object mention : (List<?>) recognize.invoke(recognizer, text)) {
                sum = sum * 31 + (int) start.invoke(mention) * 7919L + (int) end.invoke(mention) * 131L
                        + ((Enum<?>) type.invoke(mention)).ordinal();
            }
            return sum;
        }
    }
}
