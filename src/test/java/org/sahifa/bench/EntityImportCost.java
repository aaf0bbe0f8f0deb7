package org.sahifa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.EntityService;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHooks;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.Database;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What recognition costs at import: stores the articles of a JSON Lines file ({@code title}, {@code content})
 * in batches of 100 into two fresh databases, without and with the entity hook, and prints wall and process CPU
 * time for each (not a JMH benchmark: one cold pass, as an import is).
 *
 * <pre>
 * zcat ../shared/data/bench/saudinewsnet.jsonl.gz | head -2000 > /tmp/snn2000.jsonl
 * ./mvnw -B -ntp -q -DskipTests package test-compile
 * java -cp target/test-classes:target/sahifa.jar org.sahifa.bench.EntityImportCost /tmp/snn2000.jsonl
 * </pre>
 */
public final class EntityImportCost {

    private EntityImportCost() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ArticleDraft> drafts = new ArrayList<>();
        long chars = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            String title = n.path("title").asText("");
            String body = n.path("content").asText("");
            if (title.isBlank() || body.isBlank()) {
                continue;
            }
            drafts.add(new ArticleDraft(title, null, body, n.path("url").asText(null), null,
                    n.path("source").asText(null), null, "ar", null));
            chars += title.length() + body.length();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (boolean withEntities : new boolean[] {false, true}) {
            Path dir = Files.createTempDirectory("sahifa-import-cost");
            try (Database db = Database.open(dir)) {
                ArticleHooks hooks = new ArticleHooks();
                ArticleStore store = new ArticleStore(db, hooks, Clock.systemUTC());
                if (withEntities) {
                    hooks.register(new EntityService(db, store, EntityRecognizer.standard()).hook());
                }
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                int stored = 0;
                for (int i = 0; i < drafts.size(); i += 100) {
                    stored += store.insert(drafts.subList(i, Math.min(drafts.size(), i + 100))).inserted().size();
                }
                double cpu = (os.getProcessCpuTime() - c0) / 1e9;
                double wall = (System.nanoTime() - t0) / 1e9;
                long mentions = db.read(c -> count(c.createStatement(), "SELECT COUNT(*) FROM entity_mentions"));
                long entities = db.read(c -> count(c.createStatement(), "SELECT COUNT(*) FROM entities"));
                System.out.printf("entity hook %s: %d articles (%.1f M chars) in %.1f s wall, %.1f s process CPU; "
                                + "%d mentions, %d entities; load average %.1f%n", withEntities ? "on " : "off", stored,
                        chars / 1e6, wall, cpu, mentions, entities, os.getSystemLoadAverage());
            }
        }
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (s; ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
