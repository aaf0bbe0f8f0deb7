package org.sahifa.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/** Profiling helper, not a test: cost of analysing stored bodies with each analysis. */
public final class AnalysisCost {

    private AnalysisCost() {
    }

    public static void main(String[] args) throws Exception {
        try (var dir = FSDirectory.open(Path.of(args[0])); var reader = DirectoryReader.open(dir)) {
            var stored = reader.storedFields();
            String[] bodies = new String[2000];
            long chars = 0;
            for (int i = 0; i < bodies.length; i++) {
                bodies[i] = stored.document(i).get(IndexFields.BODY);
                chars += bodies[i].length();
            }
            System.out.printf("avg body %d chars%n", chars / bodies.length);
            for (int round = 0; round < 3; round++) {
                for (String name : new String[] {"exact", "stemmed", "names"}) {
                    var a = switch (name) {
                        case "exact" -> SahifaAnalysis.INSTANCE.exact();
                        case "stemmed" -> SahifaAnalysis.INSTANCE.stemmed();
                        default -> SahifaAnalysis.INSTANCE.names();
                    };
                    long t = System.nanoTime();
                    long tokens = 0;
                    for (String b : bodies) {
                        tokens += Analysis.tokens(a, "body", b).size();
                    }
                    double ms = (System.nanoTime() - t) / 1e6;
                    System.out.printf("%s: %.3f ms per body, %.1f MB/s (%d tokens)%n", name, ms / bodies.length,
                            chars * 2 / 1e6 / (ms / 1000), tokens);
                }
            }
        }
    }
}
