package org.sahifa.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.store.ArticleDraft;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12 item 10: a library stored before references were decoded is repaired once, by the migration. */
class TextRepairTest {

    @TempDir
    Path dir;

    @Test
    void anOlderLibraryGetsDecodedTitlesAndNoBlankTitleSearchableAtOnce() {
        long quoted;
        long blank;
        long plain;
        try (Library old = Library.open(dir)) {
            var r = old.store(List.of(
                    new ArticleDraft("&#8220;iOS 9&#8243; arrives &amp; more", null, "Apple released iOS 9 today.", null,
                            null, "s", null, "en", null),
                    new ArticleDraft("\u00A0", null, "وصل الوزير إلى طهران صباح اليوم.\n\nفقرة ثانية.", null, null, "s",
                            null, "ar", null),
                    new ArticleDraft("Plain title", null, "Body.", null, null, "s", null, "en", null)));
            quoted = r.ids().get(0);
            blank = r.ids().get(1);
            plain = r.ids().get(2);
            // as a library from before migration 002: the table and its record do not exist yet
            old.database().transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("DROP TABLE text_repairs")) {
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM schema_migrations WHERE version = 2")) {
                    s.executeUpdate();
                }
                return null;
            });
        }
        try (Library repaired = Library.open(dir)) {
            assertThat(repaired.articles().require(quoted).title()).isEqualTo("“iOS 9″ arrives & more");
            assertThat(repaired.articles().require(blank).title()).isEqualTo("وصل الوزير إلى طهران صباح اليوم.");
            assertThat(repaired.articles().require(plain).title()).isEqualTo("Plain title");
            assertThat(repaired.search("arrives", 10)).extracting(h -> h.article().id()).containsExactly(quoted);
            assertThat(repaired.search("8220", 10)).isEmpty();
            assertThat(repaired.entities().unscanned()).isZero();
            long left = repaired.database().read(c -> {
                try (var s = c.prepareStatement("SELECT count(*) FROM text_repairs"); var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(left).isZero();
        }
    }
}
