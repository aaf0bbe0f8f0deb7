package org.sahifa.entities.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityService;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.StoredMention;
import org.sahifa.library.ImportReport;
import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names recognised ahead on the import's worker threads, and resolutions remembered across transactions, give
 * exactly what recognising and resolving inside each transaction gives; corrections and rolled-back batches are
 * never answered from a stale memory.
 */
class ImportResolutionTest {

    private static final Path BENCH = Path.of("../shared/data/bench/saudinewsnet.jsonl.gz");

    @TempDir
    Path tmp;

    private static ArticleDraft draft(String title, String body, String url) {
        return new ArticleDraft(title, null, body, url, null, "test", null, "ar", Instant.parse("2023-09-21T10:00:00Z"));
    }

    /** The entity tables as rows of text, in id order (ids included: the same grouping in the same order). */
    private static List<String> tables(Library lib) {
        return lib.database().read(c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of(
                    "SELECT id, type, name, state FROM entities ORDER BY id",
                    "SELECT entity_id, normalized, name_key, surface, origin FROM entity_spellings ORDER BY entity_id, normalized",
                    "SELECT article_id, field, start, end, entity_id, surface, normalized FROM entity_mentions ORDER BY 1, 2, 3",
                    "SELECT article_id, recognizer FROM entity_scanned ORDER BY 1",
                    "SELECT id, title FROM articles ORDER BY id")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(sql.substring(0, 30));
                        for (int i = 1; i <= n; i++) {
                            b.append('|').append(rs.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
            }
            return rows;
        });
    }

    private Path samples(int benchLines) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String name : Library.BUNDLED_SAMPLES) {
            try (InputStream in = Library.class.getResourceAsStream("/org/sahifa/samples/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        if (benchLines > 0 && Files.isRegularFile(BENCH)) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(BENCH)),
                    StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(dir.resolve("z-bench.jsonl"))) {
                for (int i = 0; i < benchLines; i++) {
                    String line = r.readLine();
                    if (line == null) {
                        break;
                    }
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        return dir;
    }

    @Test
    void namesRecognisedAheadInParallelGiveTheSameEntitiesAndMentionsAsTheCatchUpScan() throws IOException {
        sameAsTheCatchUpScan(samples(0));
    }

    @Test
    void aLargerImportMatchesTooWhenTheBenchmarkCorpusIsThere() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(BENCH), "needs ../shared/data/bench");
        // three batches of 500, so that resolutions remembered from earlier transactions are used
        sameAsTheCatchUpScan(samples(1100));
    }

    private void sameAsTheCatchUpScan(Path in) {
        Path inline = tmp.resolve("inline");
        Path ahead = tmp.resolve("ahead");
        // 1. stored without features, then recognised one article after another by the catch-up scan
        try (Library lib = Library.openWithoutFeatures(inline)) {
            assertThat(lib.imports().importPaths(List.of(in)).stored()).isPositive();
        }
        List<String> expected;
        try (Library lib = Library.open(inline)) {
            lib.entities().scanMissing(n -> { }, () -> false);
            expected = tables(lib);
        }
        // 2. the import: names recognised on worker threads ahead of each storing transaction
        List<String> actual;
        try (Library lib = Library.open(ahead)) {
            ImportReport r = lib.imports().importPaths(List.of(in));
            assertThat(lib.entities().unscanned()).isZero();
            actual = tables(lib);
            assertThat(r.stored()).isEqualTo(lib.articles().count());
        }
        assertThat(expected).anyMatch(s -> s.startsWith("SELECT article_id, field"));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void aCorrectionDuringAnImportSessionIsNotAnsweredFromMemory() {
        try (Library lib = Library.open(tmp.resolve("lib"))) {
            EntityService es = lib.entities();
            lib.store(List.of(draft("خبر", "وصل الوفد إلى شوشا ثم إلى باكو وكراباخ.", "a1")));
            Entity baku = es.resolve(EntityType.PLACE, "باكو").orElseThrow();
            Entity shusha = es.resolve(EntityType.PLACE, "شوشا").orElseThrow();
            es.notAName(baku.id());
            es.rename(shusha.id(), "شوشا (مدينة)");
            Entity karabakh = es.resolve(EntityType.PLACE, "كراباخ").orElseThrow();
            long split = es.split(karabakh.id(), "كراباخ").id();

            long later = lib.store(List.of(draft("خبر آخر", "عاد الوفد من شوشا إلى باكو ومنها إلى كراباخ.", "a2")))
                    .inserted().get(0).id();
            List<StoredMention> ms = es.mentions(later);
            assertThat(ms).noneSatisfy(m -> assertThat(m.text()).isEqualTo("باكو"));
            assertThat(ms).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo("كراباخ");
                assertThat(m.entity().id()).isEqualTo(split);
            });
            assertThat(ms).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo("شوشا");
                assertThat(m.entity().id()).isEqualTo(shusha.id());
            });
        }
    }

    @Test
    void aRolledBackBatchLeavesNoRememberedEntities() {
        try (Library lib = Library.open(tmp.resolve("lib"))) {
            boolean[] refuse = {true};
            lib.registerHook(new ArticleHook() {
                @Override
                public void inserted(Connection txn, List<Article> batch) throws SQLException {
                    if (refuse[0]) {
                        throw new SQLException("refused");
                    }
                }
            });
            ArticleDraft d = draft("خبر", "اعتذر رئيس أذربيجان، إلهام علييف، من بوتين في باكو.", "a1");
            assertThatThrownBy(() -> lib.store(List.of(d))).hasMessageContaining("refused");
            assertThat(lib.entities().list(null, 10)).isEmpty();

            refuse[0] = false;
            long id = lib.store(List.of(d)).inserted().get(0).id();
            List<StoredMention> ms = lib.entities().mentions(id);
            assertThat(ms).extracting(m -> m.entity().name()).contains("إلهام علييف", "باكو");
            for (StoredMention m : ms) {
                assertThat(lib.entities().get(m.entity().id())).isPresent();
            }
        }
    }

    @Test
    void resolutionsArePublishedOnlyAfterCommitAndForgottenOnInvalidation() {
        ResolutionCache cache = new ResolutionCache();
        ResolutionCache.Pending p = cache.begin();
        p.resolved.put("k", 7L);
        assertThat(cache.get("k")).isNull();
        cache.publish(p);
        assertThat(cache.get("k")).isEqualTo(7L);

        ResolutionCache.Pending before = cache.begin();
        before.resolved.put("j", 8L);
        cache.invalidate();
        cache.publish(before); // began before the correction: dropped
        assertThat(cache.get("k")).isNull();
        assertThat(cache.get("j")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void spellingsCollapseSpacesAsTheRegularExpressionDoes() {
        java.util.Random random = new java.util.Random(42);
        char[] alphabet = {'ا', 'ب', ' ', ' ', '\t', '\n', '\u00A0', '\u2003', 'ـ', 'َ', '\r', '\f', '\u000B', 'x'};
        for (int n = 0; n < 20_000; n++) {
            char[] cs = new char[random.nextInt(8)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(cs);
            String expected = org.sahifa.text.ArabicNormalizer.normalize(s).strip().replaceAll("\\s+", " ");
            assertThat(Spellings.normalize(s)).as("«%s»", s).isEqualTo(expected);
        }
    }

    @Test
    void wordsAreCountedAsSplittingOnWhitespaceCounts() {
        for (String s : List.of("", "  ", "a", " a b ", "a\u2003b", "a \u2003 b", "\u2003a\tb\n", "علي  بن\u00A0أبي")) {
            int expected = s.isBlank() ? 0 : s.strip().split("\\s+").length;
            assertThat(EntityResolver.words(s)).as("«%s»", s).isEqualTo(expected);
        }
    }
}
