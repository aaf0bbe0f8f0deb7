package org.sahifa.ingest.feed;

import org.sahifa.ingest.feed.http.Validators;
import org.sahifa.store.Database;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The feed tables of migration 300: subscriptions, their status, and the entries each has delivered. */
final class FeedStore {

    private static final String COLUMNS = "id, url, title, source, folder, site_url, language, interval_minutes, "
            + "full_text, state, last_fetch, last_success, last_error, error_kind, note, failures, next_due";

    private final Database db;

    FeedStore(Database db) {
        this.db = db;
    }

    /** What a successful fetch changes. */
    record Success(Instant when, boolean notModified, Validators validators, URI movedTo, String title,
                   String siteUrl, String language, String note, Instant nextDue) {
    }

    Feed insert(URI url, String title, String folder, URI siteUrl, String language, Duration interval,
                boolean fullText, Instant now) {
        return db.transaction(c -> {
            if (byUrl(c, url.toString()).isPresent()) {
                throw new FeedException("already subscribed to " + url);
            }
            String source = uniqueSource(c, title);
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds(url, title, source, folder, site_url, "
                    + "language, interval_minutes, full_text, created, next_due) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                p.setString(1, url.toString());
                p.setString(2, title);
                p.setString(3, source);
                setNullable(p, 4, folder);
                setNullable(p, 5, siteUrl == null ? null : siteUrl.toString());
                setNullable(p, 6, language);
                p.setLong(7, Math.max(1, interval.toMinutes()));
                p.setInt(8, fullText ? 1 : 0);
                p.setLong(9, now.toEpochMilli());
                p.setLong(10, now.toEpochMilli());
                p.executeUpdate();
                try (ResultSet rs = p.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            return get(c, id).orElseThrow();
        });
    }

    private static String uniqueSource(Connection c, String title) throws SQLException {
        String candidate = title;
        for (int n = 2; ; n++) {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM feeds WHERE source = ?")) {
                p.setString(1, candidate);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return candidate;
                    }
                }
            }
            candidate = title + " (" + n + ")";
        }
    }

    Optional<Feed> get(long id) {
        return db.read(c -> get(c, id));
    }

    Optional<Feed> byUrl(String url) {
        return db.read(c -> byUrl(c, url));
    }

    List<Feed> list() {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM feeds ORDER BY ifnull(folder, ''), title, id"));
    }

    /** Feeds due at {@code now}, the most overdue first. */
    List<Feed> due(Instant now) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM feeds WHERE next_due <= ? ORDER BY next_due, id")) {
                p.setLong(1, now.toEpochMilli());
                return rows(p);
            }
        });
    }

    Validators validators(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT etag, last_modified FROM feeds WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new Validators(rs.getString(1), rs.getString(2)) : Validators.NONE;
                }
            }
        });
    }

    boolean update(long id, String column, Object value) {
        if (!Set.of("title", "folder", "interval_minutes", "full_text").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE feeds SET " + column + " = ? WHERE id = ?")) {
                p.setObject(1, value);
                p.setLong(2, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    boolean delete(long id) {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    void recordSuccess(long id, Success s) {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE feeds SET last_fetch = ?, last_success = ?, "
                    + "state = ?, last_error = NULL, error_kind = NULL, note = ?, failures = 0, next_due = ?, "
                    + "etag = ?, last_modified = ?, "
                    + "language = coalesce(language, ?), site_url = coalesce(site_url, ?) WHERE id = ?")) {
                p.setLong(1, s.when().toEpochMilli());
                p.setLong(2, s.when().toEpochMilli());
                p.setString(3, (s.notModified() ? FeedState.NOT_MODIFIED : FeedState.OK).db());
                setNullable(p, 4, s.note());
                p.setLong(5, s.nextDue().toEpochMilli());
                setNullable(p, 6, s.validators().etag());
                setNullable(p, 7, s.validators().lastModified());
                setNullable(p, 8, s.language());
                setNullable(p, 9, s.siteUrl());
                p.setLong(10, id);
                p.executeUpdate();
            }
            if (s.movedTo() != null && byUrl(c, s.movedTo().toString()).isEmpty()) {
                try (PreparedStatement p = c.prepareStatement("UPDATE feeds SET url = ? WHERE id = ?")) {
                    p.setString(1, s.movedTo().toString());
                    p.setLong(2, id);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    void recordFailure(long id, Instant when, String error, String kind, int failures, Instant nextDue) {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE feeds SET last_fetch = ?, state = 'error', "
                    + "last_error = ?, error_kind = ?, failures = ?, next_due = ? WHERE id = ?")) {
                p.setLong(1, when.toEpochMilli());
                p.setString(2, error);
                p.setString(3, kind);
                p.setInt(4, failures);
                p.setLong(5, nextDue.toEpochMilli());
                p.setLong(6, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    String errorKind(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT error_kind FROM feeds WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** Makes feeds that failed for lack of network due now (the network is back). */
    int retryNetworkFailures(Instant now, Collection<String> networkKinds) {
        return db.transaction(c -> {
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("UPDATE feeds SET next_due = ?, failures = 0 "
                    + "WHERE state = 'error' AND error_kind = ? AND next_due > ?")) {
                for (String k : networkKinds) {
                    p.setLong(1, now.toEpochMilli());
                    p.setString(2, k);
                    p.setLong(3, now.toEpochMilli());
                    n += p.executeUpdate();
                }
            }
            return n;
        });
    }

    /** The subset of {@code keys} this feed has already delivered. */
    Set<String> knownEntries(long feedId, Collection<String> keys) {
        return db.read(c -> {
            Set<String> known = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT 1 FROM feed_entries WHERE feed_id = ? AND entry_key = ?")) {
                for (String k : keys) {
                    p.setLong(1, feedId);
                    p.setString(2, k);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            known.add(k);
                        }
                    }
                }
            }
            return known;
        });
    }

    void addEntries(long feedId, List<String> keys, List<Long> articleIds, Instant now) {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO feed_entries(feed_id, entry_key, "
                    + "article_id, first_seen) VALUES (?, ?, (SELECT id FROM articles WHERE id = ?), ?)")) {
                for (int i = 0; i < keys.size(); i++) {
                    p.setLong(1, feedId);
                    p.setString(2, keys.get(i));
                    Long id = articleIds.get(i);
                    if (id == null || id < 0) {
                        p.setNull(3, Types.INTEGER);
                    } else {
                        p.setLong(3, id);
                    }
                    p.setLong(4, now.toEpochMilli());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** Per feed: {unread, total} of the articles it delivered that are still in the library. */
    Map<Long, long[]> counts() {
        return db.read(c -> {
            Map<Long, long[]> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT e.feed_id, sum(CASE WHEN a.read = 0 THEN 1 ELSE 0 END), "
                    + "count(*) FROM feed_entries e JOIN articles a ON a.id = e.article_id GROUP BY e.feed_id");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
                }
            }
            return out;
        });
    }

    /** The articles a feed delivered that are still in the library, newest entry first. */
    List<Long> articleIds(long feedId) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT article_id FROM feed_entries WHERE feed_id = ? "
                    + "AND article_id IS NOT NULL ORDER BY first_seen DESC, article_id DESC")) {
                p.setLong(1, feedId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<Feed> get(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM feeds WHERE id = ?")) {
            p.setLong(1, id);
            List<Feed> r = rows(p);
            return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
        }
    }

    private static Optional<Feed> byUrl(Connection c, String url) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM feeds WHERE url = ?")) {
            p.setString(1, url);
            List<Feed> r = rows(p);
            return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
        }
    }

    private static List<Feed> query(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            return rows(p);
        }
    }

    private static List<Feed> rows(PreparedStatement p) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String site = rs.getString(6);
                out.add(new Feed(rs.getLong(1), URI.create(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), site == null ? null : URI.create(site), rs.getString(7),
                        Duration.ofMinutes(rs.getLong(8)), rs.getInt(9) == 1, FeedState.fromDb(rs.getString(10)),
                        instant(rs, 11), instant(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getInt(16), instant(rs, 17)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setNullable(PreparedStatement p, int i, String v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, v);
        }
    }
}
