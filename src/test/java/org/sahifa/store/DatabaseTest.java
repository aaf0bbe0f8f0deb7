package org.sahifa.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void opensWithWalForeignKeysAndEveryMigrationRecordedOnce() {
        try (Database db = Database.open(dir)) {
            String mode = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
            int fk = db.transaction(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(fk).isEqualTo(1);
        }
        try (Database db = Database.open(dir)) { // reopening applies nothing twice
            int applied = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT version) FROM schema_migrations")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(Migrations.available().size());
        }
    }

    @Test
    void migrationsAreFoundInNumericOrder() {
        assertThat(Migrations.available()).isNotEmpty();
        assertThat(Migrations.available().get(0).name()).isEqualTo("001-articles.sql");
        assertThat(Migrations.available()).extracting(Migrations.Migration::version).isSorted();
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedWithAClearMessage() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(LibraryLockedException.class)
                    .hasMessageContaining("is in use by another Sahifa process");
        }
        Database.open(dir).close(); // free again after close
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO articles(title, body_text, fetched, sort_time, content_hash)"
                            + " VALUES ('t', 'b', 1, 1, 'h')");
                }
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            long n = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(n).isZero();
        }
    }
}
