package org.sahifa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Articles in the library: storing batches with duplicate detection, reading, listing, read state and deletion.
 * Every change calls the registered {@link ArticleHook}s.
 */
public final class ArticleStore {

    public static final int EXCERPT_LENGTH = 240;
    /**
     * The listing key of an article whose publication date is unknown: below every real date, so undated articles
     * come after all dated ones, newest import first (decision 0090). The date itself stays unknown.
     */
    public static final long UNDATED_SORT_TIME = Long.MIN_VALUE;
    private static final int SCAN_CHUNK = 500;

    private static final String INSERT = "INSERT INTO articles(title, body_html, body_text, url, guid, source, author,"
            + " language, published, fetched, sort_time, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT DO NOTHING RETURNING id";
    private static final String FIND_DUPLICATE = "SELECT id FROM articles WHERE"
            + " (guid IS NOT NULL AND ifnull(source, '') = ifnull(?1, '') AND guid = ?2)"
            + " OR (url IS NOT NULL AND url = ?3) OR content_hash = ?4 LIMIT 1";
    private static final String FULL_COLUMNS = "a.id, a.title, a.body_html, a.body_text, a.url, a.guid, a.source,"
            + " a.author, a.language, a.published, a.fetched, a.read,"
            + " EXISTS(SELECT 1 FROM bookmarks b WHERE b.article_id = a.id)";
    private static final String SUMMARY_COLUMNS = "a.id, a.title, a.source, a.author, a.published, a.fetched,"
            + " a.read, EXISTS(SELECT 1 FROM bookmarks b WHERE b.article_id = a.id), substr(a.body_text, 1, "
            + EXCERPT_LENGTH + "), a.sort_time";
    private static final String NEWEST_FIRST = " ORDER BY a.sort_time DESC, a.id DESC";

    private final Database db;
    private final ArticleHooks hooks;
    private final Clock clock;

    public ArticleStore(Database db, ArticleHooks hooks, Clock clock) {
        this.db = db;
        this.hooks = hooks;
        this.clock = clock;
    }

    /**
     * Stores the drafts in one transaction. Drafts already in the library, or repeated within the batch, are
     * counted as duplicates and skipped. The hooks' {@code inserted} runs inside the transaction (a throwing hook
     * rolls the whole batch back), {@code committed} after it.
     *
     * @throws IllegalArgumentException when a draft lacks a title or body (nothing of the batch is stored)
     */
    public StoreResult insert(List<ArticleDraft> drafts) {
        return insert(drafts, null);
    }

    /**
     * Starts the hooks' work that depends only on the drafts' text ({@link ArticleHook#prepare}) on
     * {@code executor}, outside any transaction; store the batch later with {@link #insert(PreparedBatch)}. The
     * import prepares the next batches this way while it stores the current one.
     */
    public PreparedBatch prepare(List<ArticleDraft> drafts, Executor executor) {
        return hooks.prepare(drafts, executor);
    }

    /**
     * Stores a prepared batch like {@link #insert(List)}, after waiting for its preparation to finish; the hooks
     * get what was prepared for each stored article. The stored result is the same as {@code insert(drafts)}.
     */
    public StoreResult insert(PreparedBatch batch) {
        batch.await();
        return insert(batch.drafts(), batch);
    }

    private StoreResult insert(List<ArticleDraft> drafts, PreparedBatch prepared) {
        if (drafts.isEmpty()) {
            return StoreResult.EMPTY;
        }
        for (ArticleDraft d : drafts) {
            validate(d);
        }
        Instant fetched = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StoreResult result = db.transaction(c -> {
            List<Article> inserted = new ArrayList<>();
            List<Long> ids = new ArrayList<>(drafts.size());
            int[] fromDraft = new int[drafts.size()];
            int duplicates = 0;
            try (PreparedStatement ins = c.prepareStatement(INSERT);
                 PreparedStatement dup = c.prepareStatement(FIND_DUPLICATE)) {
                for (int i = 0; i < drafts.size(); i++) {
                    ArticleDraft d = drafts.get(i);
                    Article a = insertOne(ins, d, fetched);
                    if (a == null) {
                        duplicates++;
                        ids.add(findDuplicate(dup, d));
                    } else {
                        fromDraft[inserted.size()] = i;
                        inserted.add(a);
                        ids.add(a.id());
                    }
                }
            }
            if (!inserted.isEmpty()) {
                hooks.inserted(c, inserted, prepared, java.util.Arrays.copyOf(fromDraft, inserted.size()));
            }
            return new StoreResult(inserted, duplicates, ids);
        });
        if (!result.inserted().isEmpty()) {
            hooks.committed(result.inserted());
        }
        return result;
    }

    private static Article insertOne(PreparedStatement ins, ArticleDraft d, Instant fetched)
            throws SQLException {
        String title = d.title().strip();
        String url = blankToNull(d.url());
        String guid = blankToNull(d.guid());
        String source = blankToNull(d.source());
        Instant published = d.published() == null ? null : d.published().truncatedTo(ChronoUnit.MILLIS);
        long sortTime = published != null ? published.toEpochMilli() : UNDATED_SORT_TIME;
        ins.setString(1, title);
        ins.setString(2, blankToNull(d.bodyHtml()));
        ins.setString(3, d.bodyText());
        ins.setString(4, url);
        ins.setString(5, guid);
        ins.setString(6, source);
        ins.setString(7, blankToNull(d.author()));
        ins.setString(8, blankToNull(d.language()));
        setInstant(ins, 9, published);
        ins.setLong(10, fetched.toEpochMilli());
        ins.setLong(11, sortTime);
        ins.setString(12, ContentKey.of(title, d.bodyText()));
        long id;
        try (ResultSet rs = ins.executeQuery()) {
            if (!rs.next()) {
                return null; // ON CONFLICT DO NOTHING: a duplicate
            }
            id = rs.getLong(1);
        }
        return new Article(id, title, blankToNull(d.bodyHtml()), d.bodyText(), url, guid, source,
                blankToNull(d.author()), blankToNull(d.language()), published, fetched, false, false);
    }

    private static long findDuplicate(PreparedStatement dup, ArticleDraft d) throws SQLException {
        dup.setString(1, blankToNull(d.source()));
        dup.setString(2, blankToNull(d.guid()));
        dup.setString(3, blankToNull(d.url()));
        dup.setString(4, ContentKey.of(d.title().strip(), d.bodyText()));
        try (ResultSet rs = dup.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static void validate(ArticleDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new IllegalArgumentException("An article needs a title");
        }
        if (d.bodyText() == null) {
            throw new IllegalArgumentException("An article needs a body: " + d.title());
        }
    }

    /** The article with this id, if it exists. */
    public Optional<Article> get(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + FULL_COLUMNS + " FROM articles a WHERE a.id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The article with this id, or {@link UnknownArticleException}. */
    public Article require(long id) {
        return get(id).orElseThrow(() -> new UnknownArticleException(id));
    }

    /** The articles with these ids that exist, in the order of {@code ids}. */
    public List<Article> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> found = new LinkedHashMap<>();
        db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + FULL_COLUMNS + " FROM articles a WHERE a.id = ?")) {
                for (long id : new HashSet<>(ids)) {
                    p.setLong(1, id);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            found.put(id, article(rs));
                        }
                    }
                }
            }
            return null;
        });
        List<Article> out = new ArrayList<>();
        for (long id : ids) {
            Article a = found.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** How many articles pass the filter. */
    public long count(ArticleFilter filter) {
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles a" + where)) {
                bind(p, args);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Every article, counted. */
    public long count() {
        return count(ArticleFilter.ALL);
    }

    /** A newest-first page by offset and limit (simple; prefer {@link #page} for deep scrolling). */
    public List<ArticleSummary> list(ArticleFilter filter, int offset, int limit) {
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + SUMMARY_COLUMNS + " FROM articles a" + where(filter, args) + NEWEST_FIRST
                    + " LIMIT ? OFFSET ?";
            args.add(limit);
            args.add(offset);
            return summaries(c, sql, args);
        });
    }

    /** A newest-first page by keyset: the {@code limit} rows after {@code after} ({@code null}: from the top). */
    public ArticlePage page(ArticleFilter filter, PageCursor after, int limit) {
        List<ArticleSummary> rows = db.read(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            if (after != null) {
                where += (where.isEmpty() ? " WHERE" : " AND") + " (a.sort_time, a.id) < (?, ?)";
                args.add(after.sortTime());
                args.add(after.id());
            }
            args.add(limit + 1);
            return summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM articles a" + where + NEWEST_FIRST + " LIMIT ?",
                    args);
        });
        if (rows.size() > limit) {
            List<ArticleSummary> items = rows.subList(0, limit);
            return new ArticlePage(items, items.get(items.size() - 1).cursor());
        }
        return new ArticlePage(rows, null);
    }

    /** The distinct source names, alphabetically, with their article counts. */
    public Map<String, Long> sources() {
        return db.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT source, count(*) FROM articles WHERE source IS NOT NULL"
                         + " GROUP BY source ORDER BY source")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** Up to {@code limit} articles with an id above {@code afterId}, in id order (for index rebuilds). */
    public List<Article> scan(long afterId, int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + FULL_COLUMNS + " FROM articles a WHERE a.id > ?"
                    + " ORDER BY a.id LIMIT ?")) {
                p.setLong(1, afterId);
                p.setInt(2, limit);
                List<Article> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(article(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Calls {@code action} for every article in id order, reading in chunks (no long-held read transaction). */
    public void forEach(Consumer<Article> action) {
        long after = 0;
        while (true) {
            List<Article> chunk = scan(after, SCAN_CHUNK);
            for (Article a : chunk) {
                action.accept(a);
            }
            if (chunk.size() < SCAN_CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    /** Marks articles read or unread; returns how many changed. */
    public int markRead(Collection<Long> ids, boolean read) {
        List<Long> changed = new ArrayList<>();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE articles SET read = ? WHERE id = ? AND read <> ?")) {
                for (long id : new HashSet<>(ids)) {
                    p.setInt(1, read ? 1 : 0);
                    p.setLong(2, id);
                    p.setInt(3, read ? 1 : 0);
                    if (p.executeUpdate() > 0) {
                        changed.add(id);
                    }
                }
            }
            return null;
        });
        if (!changed.isEmpty()) {
            hooks.stateChanged(changed);
        }
        return changed.size();
    }

    /** Deletes articles (and their bookmarks); returns how many existed. */
    public int delete(Collection<Long> ids) {
        List<Long> deleted = new ArrayList<>();
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                for (long id : new HashSet<>(ids)) {
                    p.setLong(1, id);
                    if (p.executeUpdate() > 0) {
                        deleted.add(id);
                    }
                }
            }
            return null;
        });
        if (!deleted.isEmpty()) {
            hooks.deleted(deleted);
        }
        return deleted.size();
    }

    /** The largest article id, or 0 when the library is empty. */
    public long maxId() {
        return longQuery("SELECT ifnull(max(id), 0) FROM articles")[0];
    }

    /** Every article id, ascending. */
    public long[] ids() {
        return longQuery("SELECT id FROM articles ORDER BY id");
    }

    /** The ids of the articles the user has read, ascending. */
    public long[] readIds() {
        return longQuery("SELECT id FROM articles WHERE read = 1 ORDER BY id");
    }

    /** The ids of the bookmarked articles, ascending. */
    public long[] bookmarkedIds() {
        return longQuery("SELECT article_id FROM bookmarks ORDER BY article_id");
    }

    private long[] longQuery(String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                long[] out = new long[64];
                int n = 0;
                while (rs.next()) {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = rs.getLong(1);
                }
                return java.util.Arrays.copyOf(out, n);
            }
        });
    }

    /** The ids of every article with one of these ids (to check existence in bulk). */
    public Set<Long> existing(Collection<Long> ids) {
        Set<Long> out = new HashSet<>();
        for (Article a : getAll(ids)) {
            out.add(a.id());
        }
        return out;
    }

    private static String where(ArticleFilter f, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (f.unreadOnly()) {
            parts.add("a.read = 0");
        }
        if (f.bookmarkedOnly()) {
            parts.add("EXISTS(SELECT 1 FROM bookmarks b WHERE b.article_id = a.id)");
        }
        if (f.source() != null) {
            parts.add("a.source = ?");
            args.add(f.source());
        }
        if (f.undatedOnly()) {
            parts.add("a.published IS NULL");
        }
        if (f.tag() != null) {
            parts.add("EXISTS(SELECT 1 FROM bookmark_tags t WHERE t.article_id = a.id AND t.tag = ?)");
            args.add(f.tag());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static List<ArticleSummary> summaries(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs, 5), instant(rs, 6), rs.getInt(7) != 0, rs.getInt(8) != 0,
                            rs.getString(9), instant(rs, 10)));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
    }

    static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                instant(rs, 11), rs.getInt(12) != 0, rs.getInt(13) != 0);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
