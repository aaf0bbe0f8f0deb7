package org.sahifa.entities.store;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.text.NameMatcher;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which entity a recognised name belongs to, creating one when none fits. In order:
 * <ol>
 *   <li>an entity that already has this spelling (normalised) and this type — or whose type the user set, so a
 *       correction of type also holds for later imports;</li>
 *   <li>an entity that has the gazetteer's canonical name as a spelling (كاراباخ → ناغورني قره باغ);</li>
 *   <li>for a one-word person name, the person named in full in the same article whose last word it is
 *       (باشينيان after نيكول باشينيان);</li>
 *   <li>an entity of the same type with a spelling the text engine's {@link NameMatcher} calls a variant
 *       (ناغوروني / ناغورني, كراباخ / كاراباخ), found through the spelling's {@code NameKey};</li>
 *   <li>otherwise a new entity named by the canonical name.</li>
 * </ol>
 * A name whose entity the user marked "not a name" resolves to {@link #NOT_A_NAME} and is not stored. Because
 * every correction changes the spellings table (merge, split, alias) or the entity (rename, type), later
 * imports resolve the same way. One instance per transaction: what it resolves goes to the transaction's
 * {@link ResolutionCache.Pending} map, read on top of the committed {@link ResolutionCache} (step 1 finds a
 * spelling once it was added, so remembering the outcome gives the same answer without asking the database).
 */
final class EntityResolver {

    static final long NOT_A_NAME = -1;

    private final StatementCache c;
    private final NameMatcher matcher;
    private final long now;
    private final ResolutionCache committed;
    private final Map<String, Long> cache;

    EntityResolver(StatementCache c, NameMatcher matcher, long now) {
        this(c, matcher, now, new ResolutionCache(), new HashMap<>());
    }

    EntityResolver(StatementCache c, NameMatcher matcher, long now, ResolutionCache committed,
                   ResolutionCache.Pending pending) {
        this(c, matcher, now, committed, pending.resolved);
    }

    private EntityResolver(StatementCache c, NameMatcher matcher, long now, ResolutionCache committed,
                           Map<String, Long> pending) {
        this.c = c;
        this.matcher = matcher;
        this.now = now;
        this.committed = committed;
        this.cache = pending;
    }

    /** The entity id of each mention of one article ({@link #NOT_A_NAME} for suppressed ones), in input order. */
    long[] resolveArticle(List<Mention> mentions) throws SQLException {
        long[] ids = new long[mentions.size()];
        Integer[] order = new Integer[mentions.size()];
        int[] words = new int[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            words[i] = words(mentions.get(i).spelling());
        }
        // full names first, so that a lone family name can join the person named in full
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -words[i]));
        Map<String, Long> lastWords = new HashMap<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            long id = resolve(m, lastWords);
            ids[i] = id;
            if (id != NOT_A_NAME && m.type() == EntityType.PERSON && words[i] > 1) {
                String n = Spellings.normalize(m.spelling());
                lastWords.putIfAbsent(n.substring(n.lastIndexOf(' ') + 1), id);
            }
        }
        return ids;
    }

    /** The number of words as {@code s.strip().split("\\s+")} counts them (0 for a blank string). */
    static int words(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                n++;
            }
        }
        return n;
    }

    private long resolve(Mention m, Map<String, Long> lastWords) throws SQLException {
        String n = Spellings.normalize(m.spelling());
        if (n.isEmpty()) {
            n = Spellings.normalize(m.text());
        }
        String cacheKey = m.type() + "|" + n + "|" + m.entity();
        Long cached = cache.get(cacheKey);
        if (cached == null) {
            cached = committed.get(cacheKey);
        }
        if (cached != null) {
            return cached;
        }
        long id = find(m.type(), n, m.entity(), lastWords);
        if (id == 0) {
            id = EntityRows.insertEntity(c, m.type(), m.entity(), now);
            String canonical = Spellings.normalize(m.entity());
            if (!canonical.equals(n)) {
                EntityRows.addSpelling(c, id, canonical, m.entity(), "GAZETTEER");
            }
        }
        if (id != NOT_A_NAME) {
            EntityRows.addSpelling(c, id, n, m.spelling().isBlank() ? m.text() : m.spelling(), "SEEN");
        }
        cache.put(cacheKey, id);
        return id;
    }

    /** The entity for a normalised spelling, {@link #NOT_A_NAME}, or 0 when a new one is needed. */
    private long find(EntityType type, String n, String canonical, Map<String, Long> lastWords) throws SQLException {
        long id = bySpelling(type, n);
        if (id != 0) {
            return id;
        }
        String nc = Spellings.normalize(canonical);
        if (!nc.equals(n)) {
            id = bySpelling(type, nc);
            if (id != 0) {
                return id;
            }
        }
        if (type == EntityType.PERSON && n.indexOf(' ') < 0) {
            Long full = lastWords.get(n);
            if (full != null) {
                return full;
            }
        }
        return byVariant(type, n);
    }

    private long bySpelling(EntityType type, String n) throws SQLException {
        List<EntityRows.Row> rows = EntityRows.bySpelling(c, n);
        EntityRows.Row pick = null;
        for (EntityRows.Row r : rows) {
            if (r.type() == type) {
                pick = r;
                break;
            }
        }
        if (pick == null) {
            for (EntityRows.Row r : rows) {
                if (r.userType()) {
                    pick = r;
                    break;
                }
            }
        }
        if (pick == null) {
            return 0;
        }
        return pick.state().equals("NOT_A_NAME") ? NOT_A_NAME : pick.id();
    }

    private long byVariant(EntityType type, String n) throws SQLException {
        String key = Spellings.key(n);
        if (key.length() < 2) {
            return 0;
        }
        List<long[]> hits = new ArrayList<>();
        PreparedStatement ps = c.get(
                "SELECT s.normalized, s.entity_id FROM entity_spellings s JOIN entities e ON e.id = s.entity_id "
                        + "WHERE s.name_key = ? AND e.type = ? AND e.state = 'ACTIVE' ORDER BY s.entity_id");
        ps.setString(1, key);
        ps.setString(2, type.name());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (matcher.matchNormalized(n, rs.getString(1)) != NameMatcher.Match.NONE) {
                    hits.add(new long[] {rs.getLong(2)});
                }
            }
        }
        return hits.isEmpty() ? 0 : hits.get(0)[0];
    }
}
