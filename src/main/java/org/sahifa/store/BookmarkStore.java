package org.sahifa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Bookmarks: an article id with an optional note, tags and the time it was bookmarked. */
public final class BookmarkStore {

    private final Database db;
    private final ArticleHooks hooks;
    private final Clock clock;

    public BookmarkStore(Database db, ArticleHooks hooks, Clock clock) {
        this.db = db;
        this.hooks = hooks;
        this.clock = clock;
    }

    /**
     * Bookmarks an article, or updates its bookmark: the note and the tags become exactly the given ones
     * ({@code null} note: none). Tags are trimmed; blank ones are dropped. The created time of an existing
     * bookmark is kept.
     *
     * @throws UnknownArticleException when no article has this id
     */
    public Bookmark put(long articleId, String note, Collection<String> tags) {
        return put(articleId, note, tags, null);
    }

    /**
     * {@link #put(long, String, Collection)} for a bookmark restored from an export: it keeps the time it was
     * first made, {@code created} ({@code null}: now). Of an existing bookmark's time and this one, the earlier
     * stays.
     */
    public Bookmark put(long articleId, String note, Collection<String> tags, Instant created) {
        long now = clock.millis();
        long firstMade = created == null ? now : Math.min(now, created.toEpochMilli());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        TreeSet<String> cleanTags = new TreeSet<>();
        for (String t : tags) {
            if (t != null && !t.isBlank()) {
                cleanTags.add(t.strip());
            }
        }
        Bookmark saved = db.transaction(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
                exists.setLong(1, articleId);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownArticleException(articleId);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bookmarks(article_id, note, created, updated)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET note = excluded.note,"
                    + " created = MIN(created, excluded.created), updated = excluded.updated")) {
                p.setLong(1, articleId);
                p.setString(2, cleanNote);
                p.setLong(3, firstMade);
                p.setLong(4, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM bookmark_tags WHERE article_id = ?")) {
                p.setLong(1, articleId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bookmark_tags(article_id, tag) VALUES (?, ?)")) {
                for (String t : cleanTags) {
                    p.setLong(1, articleId);
                    p.setString(2, t);
                    p.executeUpdate();
                }
            }
            return find(c, articleId).orElseThrow();
        });
        hooks.stateChanged(List.of(articleId));
        return saved;
    }

    /** Removes the bookmark; returns whether there was one. */
    public boolean remove(long articleId) {
        boolean removed = db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM bookmarks WHERE article_id = ?")) {
                p.setLong(1, articleId);
                return p.executeUpdate() > 0;
            }
        });
        if (removed) {
            hooks.stateChanged(List.of(articleId));
        }
        return removed;
    }

    /** The bookmark of this article, if any. */
    public Optional<Bookmark> get(long articleId) {
        return db.read(c -> find(c, articleId));
    }

    /** Every bookmark, most recently created first. */
    public List<Bookmark> list() {
        return db.read(c -> {
            Map<Long, List<String>> tags = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id, tag FROM bookmark_tags ORDER BY article_id, tag")) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<Bookmark> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id, note, created, updated FROM bookmarks"
                         + " ORDER BY created DESC, article_id DESC")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new Bookmark(id, rs.getString(2), tags.getOrDefault(id, List.of()),
                            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        });
    }

    /** Every tag in use, alphabetically, with how many bookmarks carry it. */
    public Map<String, Long> tags() {
        return db.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tag, count(*) FROM bookmark_tags GROUP BY tag ORDER BY tag")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** How many bookmarks there are. */
    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM bookmarks")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Optional<Bookmark> find(Connection c, long articleId) throws SQLException {
        String note;
        Instant created;
        Instant updated;
        try (PreparedStatement p = c.prepareStatement("SELECT note, created, updated FROM bookmarks WHERE article_id = ?")) {
            p.setLong(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                note = rs.getString(1);
                created = Instant.ofEpochMilli(rs.getLong(2));
                updated = Instant.ofEpochMilli(rs.getLong(3));
            }
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT tag FROM bookmark_tags WHERE article_id = ? ORDER BY tag")) {
            p.setLong(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
        }
        return Optional.of(new Bookmark(articleId, note, tags, created, updated));
    }
}
