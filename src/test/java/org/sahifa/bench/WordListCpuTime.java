package org.sahifa.bench;

import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the recogniser's per-word cache pays on a miss for its two largest word lists: the distinct folded words of
 * SaudiNewsNet bodies ({@link BenchTexts}), each looked up once per round in the common-word list
 * ({@link CommonWords#code}) and the name-word list ({@link NameWordList#code}), as the cache's misses do. Prints each
 * round's thread CPU and a checksum of the codes, so two builds can be compared on the same words and checked to
 * agree. Measures the lists of whatever jar is first on the class path:
 * <pre>java -cp target/test-classes:target/sahifa.jar org.sahifa.bench.WordListCpuTime [ARTICLES=30000] [ROUNDS=10]</pre>
 */
public final class WordListCpuTime {

    private WordListCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Set<String> distinct = new LinkedHashSet<>();
        for (String body : BenchTexts.bodies(articles, Long.MAX_VALUE)) {
            for (String w : body.split("[^\\u0621-\\u064A]+")) {
                if (!w.isEmpty()) {
                    distinct.add(NameFold.fold(w));
                }
            }
        }
        List<String> words = new ArrayList<>(distinct);
        CommonWords common = CommonWords.standard();
        NameWordList names = NameWordList.standard();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d distinct folded words%n", words.size());
        for (int r = 1; r <= rounds; r++) {
            long sum = 0;
            long c0 = cpu.getCurrentThreadCpuTime();
            for (String w : words) {
                sum = sum * 31 + common.code(w) * 4 + names.code(w);
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: %.3f s CPU (%.0f ns per word), codes checksum %016x%n", r, (c1 - c0) / 1e9,
                    (c1 - c0) / (double) words.size(), sum);
        }
    }
}
