package org.sahifa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Article bodies from the benchmark corpus ({@code -Dsahifa.bench.corpus}, default SaudiNewsNet; benchmarks only),
 * in file order, blank bodies skipped.
 */
final class BenchTexts {

    private BenchTexts() {
    }

    /** Bodies until {@code maxArticles} are read or their UTF-8 size reaches {@code maxBytes}. */
    static List<String> bodies(int maxArticles, long maxBytes) throws IOException {
        Path corpus = Path.of(System.getProperty("sahifa.bench.corpus", BenchCorpus.FILE.toString()));
        if (!Files.isReadable(corpus)) {
            throw new IllegalStateException("benchmark corpus not found: " + corpus.toAbsolutePath());
        }
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line; texts.size() < maxArticles && bytes < maxBytes && (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                String content = n.path("content").asText("");
                if (!content.isBlank()) {
                    texts.add(content);
                    bytes += content.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        return texts;
    }
}
