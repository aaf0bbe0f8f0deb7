package org.sahifa.entities;

import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;
import org.sahifa.entities.store.EntityCorrections;
import org.sahifa.entities.store.ListPass;
import org.sahifa.entities.store.EntityHook;
import org.sahifa.entities.store.MentionIndexer;
import org.sahifa.entities.store.Spellings;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleHook;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.Database;
import org.sahifa.text.NameMatcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Places, persons and organisations of a library: the one facade the UI, the command line and search use.
 * Lists by type with counts and spellings, an entity with its articles and co-mentions, resolution of a name in
 * any spelling ({@code place:}/{@code person:} queries), suggestions, the mentions of an article, and the user's
 * corrections (rename, merge, split, alias, change type, not a name), which persist and hold for later imports.
 * Recognition runs at import through {@link #hook()}; {@link #scanMissing} catches up articles stored before.
 * Thread-safe (the database serialises writes).
 */
public final class EntityService {

    private final Database db;
    private final ArticleStore articles;
    private final Supplier<EntityRecognizer> recognizer;
    private final MentionIndexer indexer;
    private final NameMatcher matcher = NameMatcher.standard();

    public EntityService(Database db, ArticleStore articles, EntityRecognizer recognizer) {
        this(db, articles, () -> recognizer);
    }

    /**
     * A service whose recogniser is obtained on first use (the models and gazetteers take a second to load, which
     * opening a library should not wait for).
     */
    public EntityService(Database db, ArticleStore articles, Supplier<EntityRecognizer> recognizer) {
        this.db = db;
        this.articles = articles;
        this.recognizer = memoize(recognizer);
        this.indexer = new MentionIndexer(this.recognizer, matcher);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = s.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }

    /** The hook that recognises names of newly stored articles inside the storing transaction. */
    public ArticleHook hook() {
        return new EntityHook(indexer);
    }

    public EntityRecognizer recognizer() {
        return recognizer.get();
    }

    // ---- catching up -------------------------------------------------------------------------------------

    /** How many stored articles have not been scanned for names (stored before this feature, or by an old version). */
    public long unscanned() {
        return db.read(c -> queryLong(c, "SELECT COUNT(*) FROM articles a LEFT JOIN entity_scanned s ON s.article_id = a.id "
                + "WHERE s.article_id IS NULL OR s.recognizer < " + MentionIndexer.RECOGNIZER_VERSION));
    }

    /**
     * Recognises the names of every article not scanned yet, in batches of one transaction each; reports the
     * number done so far and stops between batches when {@code cancelled} says so. Returns how many were scanned.
     */
    public long scanMissing(LongConsumer progress, BooleanSupplier cancelled) {
        long done = 0;
        while (!cancelled.getAsBoolean()) {
            List<Long> ids = db.read(c -> {
                List<Long> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a LEFT JOIN entity_scanned s "
                        + "ON s.article_id = a.id WHERE s.article_id IS NULL OR s.recognizer < ? ORDER BY a.id LIMIT 200")) {
                    ps.setInt(1, MentionIndexer.RECOGNIZER_VERSION);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
                return out;
            });
            if (ids.isEmpty()) {
                break;
            }
            List<Article> batch = articles.getAll(ids);
            db.transaction(c -> indexer.index(c, batch));
            indexer.committed();
            done += ids.size();
            progress.accept(done);
        }
        return done;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    private static final String SUMMARY_SELECT = "SELECT e.id, e.type, e.name, COUNT(DISTINCT m.article_id), COUNT(m.article_id), "
            + "MIN(a.published), MAX(a.published) FROM entities e "
            + "JOIN entity_mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id ";

    /**
     * Entities of a type ({@code null}: all), most mentioned in articles first, with their spellings. Entities
     * the library uses mostly as common words, or short names shared by several persons, are left out
     * ({@link ListPass}, run first when articles were scanned since it last ran); they stay searchable.
     */
    public List<EntitySummary> list(EntityType type, int limit) {
        refreshLists();
        return db.read(c -> {
            String sql = SUMMARY_SELECT + "WHERE e.state = 'ACTIVE' AND e.listed = 1" + (type == null ? "" : " AND e.type = ?")
                    + " GROUP BY e.id ORDER BY 4 DESC, 5 DESC, e.name LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (type != null) {
                    ps.setString(i++, type.name());
                }
                ps.setInt(i, Math.max(0, limit));
                return summaries(c, ps);
            }
        });
    }

    /**
     * Entities of a type ({@code null}: all) whose name or one of whose spellings contains {@code text} (both
     * normalised: «قرة» finds «ناغورني قره باغ»), most mentioned in articles first; a blank text lists them all.
     */
    public List<EntitySummary> list(EntityType type, String text, int limit) {
        String n = Spellings.normalize(text == null ? "" : text);
        if (n.isBlank()) {
            return list(type, limit);
        }
        String like = "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        refreshLists();
        return db.read(c -> {
            String sql = SUMMARY_SELECT + "WHERE e.state = 'ACTIVE' AND e.listed = 1" + (type == null ? "" : " AND e.type = ?")
                    + " AND e.id IN (SELECT entity_id FROM entity_spellings WHERE normalized LIKE ? ESCAPE '\\')"
                    + " GROUP BY e.id ORDER BY 4 DESC, 5 DESC, e.name LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (type != null) {
                    ps.setString(i++, type.name());
                }
                ps.setString(i++, like);
                ps.setInt(i, Math.max(0, limit));
                return summaries(c, ps);
            }
        });
    }

    /**
     * The forms of an entity's name that its articles use, each with in how many articles and how many times,
     * most articles first (spellings known only from the gazetteer and never written are left out; those the
     * user added are kept).
     */
    public List<NameForm> forms(long id) {
        return db.read(c -> {
            List<NameForm> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.surface, COUNT(DISTINCT m.article_id) AS a, "
                    + "COUNT(m.article_id) AS n, s.origin FROM entity_spellings s LEFT JOIN entity_mentions m "
                    + "ON m.entity_id = s.entity_id AND m.normalized = s.normalized WHERE s.entity_id = ? "
                    + "GROUP BY s.normalized ORDER BY a DESC, n DESC, s.surface")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(2) > 0 || "USER".equals(rs.getString(4))) {
                            out.add(new NameForm(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** One entity with its figures and spellings; empty when unknown (or merged away, or not a name). */
    public Optional<EntitySummary> get(long id) {
        return db.read(c -> {
            Entity e = activeEntity(c, id);
            if (e == null) {
                return Optional.<EntitySummary>empty();
            }
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SELECT + "WHERE e.id = ? GROUP BY e.id")) {
                ps.setLong(1, id);
                List<EntitySummary> s = summaries(c, ps);
                return Optional.of(s.isEmpty() ? new EntitySummary(e, 0, 0, null, null, spellings(c, id)) : s.get(0));
            }
        });
    }

    private List<EntitySummary> summaries(Connection c, PreparedStatement ps) throws SQLException {
        List<EntitySummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Entity e = new Entity(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3));
                long min = rs.getLong(6);
                Instant first = rs.wasNull() ? null : Instant.ofEpochMilli(min);
                long max = rs.getLong(7);
                Instant last = rs.wasNull() ? null : Instant.ofEpochMilli(max);
                out.add(new EntitySummary(e, rs.getLong(4), rs.getLong(5), first, last, List.of()));
            }
        }
        List<EntitySummary> withSpellings = new ArrayList<>(out.size());
        for (EntitySummary s : out) {
            withSpellings.add(new EntitySummary(s.entity(), s.articles(), s.mentions(), s.firstSeen(), s.lastSeen(),
                    spellings(c, s.entity().id())));
        }
        return withSpellings;
    }

    /**
     * For every normalised spelling the recogniser resolved a mention by (active entities only), in how many
     * articles it was tagged: what search asks to know which words of the library are names.
     */
    public Map<String, Long> taggedSpellingArticles() {
        return db.read(c -> {
            Map<String, Long> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.normalized, COUNT(DISTINCT m.article_id) "
                    + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.state = 'ACTIVE' "
                    + "GROUP BY m.normalized");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * For every normalised spelling of an entity, how it is written (clitic-free, no diacritics): a curated form
     * (gazetteer or the user's) where there is one, else the first form seen. What suggestions show instead of the
     * normalised letters (decision 0187).
     */
    public Map<String, String> writtenSpellings() {
        return db.read(c -> {
            Map<String, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT normalized, surface FROM entity_spellings "
                    + "ORDER BY normalized, CASE origin WHEN 'USER' THEN 0 WHEN 'GAZETTEER' THEN 1 ELSE 2 END, "
                    + "entity_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The distinct normalised spellings the recogniser resolved the article's mentions by (active entities only):
     * one article's share of {@link #taggedSpellingArticles()}, which the archive sends with the article.
     */
    public java.util.Set<String> taggedSpellings(long articleId) {
        return db.read(c -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.normalized FROM entity_mentions m "
                    + "JOIN entities e ON e.id = m.entity_id WHERE e.state = 'ACTIVE' AND m.article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@link #taggedSpellings(long)} of several articles at once (ids without a tagged spelling are left out), in
     * one query per 500 ids: what search reads to know the context of a spelling (decision 0125).
     */
    public Map<Long, java.util.Set<String>> taggedSpellings(long[] articleIds) {
        return db.read(c -> {
            Map<Long, java.util.Set<String>> out = new java.util.HashMap<>();
            for (int from = 0; from < articleIds.length; from += 500) {
                int n = Math.min(500, articleIds.length - from);
                String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.article_id, m.normalized "
                        + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.state = 'ACTIVE' "
                        + "AND m.article_id IN (" + marks + ")")) {
                    for (int i = 0; i < n; i++) {
                        ps.setLong(i + 1, articleIds[from + i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Runs the library-level pass of the lists ({@link ListPass}: short forms join their person, common words are
     * not listed) when articles were scanned since it last ran; returns whether it ran.
     */
    public boolean refreshLists() {
        if (!db.read(ListPass::stale)) {
            return false;
        }
        db.transaction(c -> {
            if (ListPass.stale(c)) {
                indexer.invalidate();
                ListPass.standard().run(c);
            }
            return null;
        });
        return true;
    }

    /** Every spelling of an entity, most used first. */
    public List<Spelling> spellings(long id) {
        return db.read(c -> spellings(c, id));
    }

    private static List<Spelling> spellings(Connection c, long id) throws SQLException {
        List<Spelling> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.surface, s.normalized, "
                + "(SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = s.entity_id AND m.normalized = s.normalized) AS n "
                + "FROM entity_spellings s WHERE s.entity_id = ? ORDER BY n DESC, s.surface")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Spelling(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /** The articles that mention an entity, newest first. */
    public List<Long> articleIds(long id, int limit) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a WHERE a.id IN "
                    + "(SELECT article_id FROM entity_mentions WHERE entity_id = ?) ORDER BY a.sort_time DESC, a.id DESC LIMIT ?")) {
                ps.setLong(1, id);
                ps.setInt(2, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** The entities named in the same articles as {@code id}, with in how many articles, most first. */
    public List<CoMention> coMentions(long id, int limit) {
        return db.read(c -> {
            List<CoMention> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.type, e.name, COUNT(DISTINCT m2.article_id) AS n "
                    + "FROM entity_mentions m2 JOIN entities e ON e.id = m2.entity_id "
                    + "WHERE m2.article_id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ?) "
                    + "AND m2.entity_id <> ? AND e.state = 'ACTIVE' GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.setInt(3, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CoMention(new Entity(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3)),
                                rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The names stored for an article, title first, in text order. */
    public List<StoredMention> mentions(long articleId) {
        return db.read(c -> {
            List<StoredMention> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.field, m.start, m.end, m.surface, e.id, e.type, e.name "
                    + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? "
                    + "ORDER BY m.field DESC, m.start")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredMention(articleId, rs.getString(1).equals("title"), rs.getInt(2), rs.getInt(3),
                                rs.getString(4), new Entity(rs.getLong(5), EntityType.valueOf(rs.getString(6)), rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The entity a user means by {@code name}, in any spelling: a spelling the library has seen (or the user
     * added), else a spelling variant by the text engine's name matching, else a gazetteer alias of a known
     * entity (قره باغ finds ناغورني قره باغ even if the library only ever saw كاراباخ). {@code type} may be
     * {@code null} (any type). Empty when the library has no such entity.
     */
    public Optional<Entity> resolve(EntityType type, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> {
            List<String> candidates = new ArrayList<>();
            candidates.add(Spellings.normalize(name));
            for (String reading : cliticFree(name)) {
                candidates.add(Spellings.normalize(reading));
            }
            for (String n : candidates) {
                Entity e = bySpelling(c, type, n);
                if (e != null) {
                    return Optional.of(e);
                }
            }
            Entity v = byVariant(c, type, candidates.get(0));
            if (v != null) {
                return Optional.of(v);
            }
            for (GazetteerEntry g : Gazetteer.standard().lookup(name)) {
                if (type == null || g.type() == type) {
                    Entity e = bySpelling(c, g.type(), Spellings.normalize(g.canonical()));
                    if (e != null) {
                        return Optional.of(e);
                    }
                }
            }
            return Optional.<Entity>empty();
        });
    }

    /** A one-word name read without its proclitics (لروسيا → روسيا), for names typed as written. */
    private static List<String> cliticFree(String name) {
        String s = name.strip();
        if (s.contains(" ")) {
            return List.of();
        }
        List<String> readings = org.sahifa.entities.recognize.Clitics.readings(
                org.sahifa.entities.recognize.NameFold.fold(s));
        return readings.subList(1, readings.size());
    }

    private static Entity bySpelling(Connection c, EntityType type, String n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.type, e.name, e.state, e.merged_into FROM entity_spellings s "
                + "JOIN entities e ON e.id = s.entity_id WHERE s.normalized = ? ORDER BY e.id")) {
            ps.setString(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Entity e = activeEntity(c, rs.getLong(1));
                    if (e != null && (type == null || e.type() == type)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private Entity byVariant(Connection c, EntityType type, String n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.normalized, e.id FROM entity_spellings s JOIN entities e "
                + "ON e.id = s.entity_id WHERE s.name_key = ? AND e.state = 'ACTIVE' ORDER BY e.id")) {
            ps.setString(1, Spellings.key(n));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (matcher.matchNormalized(n, rs.getString(1)) != NameMatcher.Match.NONE) {
                        Entity e = activeEntity(c, rs.getLong(2));
                        if (e != null && (type == null || e.type() == type)) {
                            return e;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The active entity with this id (following merges), or {@code null}. */
    private static Entity activeEntity(Connection c, long id) throws SQLException {
        long cur = id;
        for (int hops = 0; hops < 64; hops++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT type, name, state, merged_into FROM entities WHERE id = ?")) {
                ps.setLong(1, cur);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    String state = rs.getString(3);
                    if (state.equals("ACTIVE")) {
                        return new Entity(cur, EntityType.valueOf(rs.getString(1)), rs.getString(2));
                    }
                    if (!state.equals("MERGED")) {
                        return null;
                    }
                    cur = rs.getLong(4);
                }
            }
        }
        return null;
    }

    /**
     * Entity names for suggestions: entities with a spelling that starts with {@code prefix} (normalised), most
     * mentioned first; {@code type} may be {@code null}.
     */
    public List<Entity> suggest(String prefix, EntityType type, int limit) {
        String p = Spellings.normalize(prefix == null ? "" : prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            Map<Long, Entity> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.type, e.name FROM entities e "
                    + "WHERE e.state = 'ACTIVE' AND (? IS NULL OR e.type = ?) AND e.id IN "
                    + "(SELECT entity_id FROM entity_spellings WHERE normalized >= ? AND normalized < ?) "
                    + "ORDER BY (SELECT COUNT(DISTINCT article_id) FROM entity_mentions m WHERE m.entity_id = e.id) DESC, e.name LIMIT ?")) {
                ps.setString(1, type == null ? null : type.name());
                ps.setString(2, type == null ? null : type.name());
                ps.setString(3, p);
                ps.setString(4, p + Character.MAX_VALUE);
                ps.setInt(5, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Entity(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            return new ArrayList<>(out.values());
        });
    }

    // ---- corrections ----------------------------------------------------------------------------------------
    // Each forgets the import's remembered resolutions inside its transaction (MentionIndexer.invalidate), so no
    // later batch resolves through a grouping the correction changed.

    public Entity rename(long id, String name) {
        return db.transaction(c -> {
            indexer.invalidate();
            return EntityCorrections.rename(c, id, name);
        });
    }

    /** Merges {@code from} into {@code into}; returns the entity that holds both. */
    public Entity merge(long into, long from) {
        return db.transaction(c -> {
            indexer.invalidate();
            return EntityCorrections.merge(c, into, from);
        });
    }

    /** Splits one spelling off an entity; returns the new entity. */
    public Entity split(long id, String spelling) {
        return db.transaction(c -> {
            indexer.invalidate();
            return EntityCorrections.split(c, id, spelling);
        });
    }

    public Entity alias(long id, String spelling) {
        return db.transaction(c -> {
            indexer.invalidate();
            return EntityCorrections.alias(c, id, spelling);
        });
    }

    public Entity changeType(long id, EntityType type) {
        return db.transaction(c -> {
            indexer.invalidate();
            return EntityCorrections.changeType(c, id, type);
        });
    }

    public void notAName(long id) {
        db.transaction(c -> {
            indexer.invalidate();
            EntityCorrections.notAName(c, id);
            return null;
        });
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
