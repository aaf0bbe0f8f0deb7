package org.sahifa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sahifa.search.ArticleFlags;
import org.sahifa.search.ArticleSource;
import org.sahifa.store.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The SaudiNewsNet corpus (31,030 articles, benchmarks only: not shippable) as an {@link ArticleSource},
 * optionally repeated: copy {@code k} of article {@code i} has id {@code k * n + i + 1} and its own url and guid,
 * so a 10× library has 310,300 distinct articles built from the same text.
 */
public final class BenchCorpus implements ArticleSource {

    public static final Path FILE = Path.of("../shared/data/bench/saudinewsnet.jsonl.gz");

    private final List<Article> base;
    private final int copies;

    BenchCorpus(List<Article> base, int copies) {
        this.base = base;
        this.copies = copies;
    }

    static List<Article> load(Path file) throws IOException {
        return load(file, Integer.MAX_VALUE);
    }

    /** The first {@code limit} articles of {@code file} (ids from 1). */
    public static List<Article> load(Path file, int limit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < limit && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                Instant date = null;
                try {
                    date = LocalDateTime.parse(n.path("date_extracted").asText().replace(' ', 'T'))
                            .toInstant(ZoneOffset.UTC);
                } catch (RuntimeException e) {
                    // no date
                }
                out.add(new Article(out.size() + 1, n.path("title").asText(), null, n.path("content").asText(),
                        n.path("url").asText(null), null, n.path("source").asText(null), n.path("author").asText(null),
                        "ar", date, date == null ? Instant.EPOCH : date, false, false));
            }
        }
        return out;
    }

    Article article(long id) {
        int n = base.size();
        int copy = (int) ((id - 1) / n);
        Article a = base.get((int) ((id - 1) % n));
        return new Article(id, a.title(), null, a.bodyText(), a.url() + "#" + copy, "bench-" + id, a.source(),
                a.author(), a.language(), a.published(), a.fetched(), false, false);
    }

    @Override
    public long count() {
        return (long) base.size() * copies;
    }

    @Override
    public long maxId() {
        return count();
    }

    @Override
    public List<Article> scan(long afterId, int limit) {
        List<Article> out = new ArrayList<>(limit);
        for (long id = afterId + 1; id <= count() && out.size() < limit; id++) {
            out.add(article(id));
        }
        return out;
    }

    @Override
    public List<Article> get(Collection<Long> ids) {
        return ids.stream().filter(id -> id >= 1 && id <= count()).map(this::article).toList();
    }

    @Override
    public long[] ids() {
        long[] out = new long[(int) count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i + 1;
        }
        return out;
    }

    @Override
    public long[] readIds() {
        return new long[0];
    }

    @Override
    public long[] bookmarkedIds() {
        return new long[0];
    }

    @Override
    public Map<Long, ArticleFlags> flags(Collection<Long> ids) {
        return Map.of();
    }
}
