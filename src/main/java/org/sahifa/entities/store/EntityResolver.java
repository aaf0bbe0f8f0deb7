package org.sahifa.entities.store;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;
import org.sahifa.entities.lists.NameParts;
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
 * Decides which entity a recognised name belongs to, creating one when none fits. A person's short form first
 * joins the person named in full in the same article ({@link #resolveArticle}). Then, in order:
 * <ol>
 *   <li>an entity that already has this spelling (normalised) and this type — or whose type the user set, so a
 *       correction of type also holds for later imports;</li>
 *   <li>an entity that has the gazetteer's canonical name as a spelling (كاراباخ → ناغورني قره باغ);</li>
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
    private final NameParts names = NameParts.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();

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

    /**
     * The entity id of each mention of one article ({@link #NOT_A_NAME} for suppressed ones), in input order.
     * Person names are resolved longest first; a short form of a longer name written in the same article
     * ({@link NameParts#isShortFormOf}: سلمان، الملك سلمان، الجبير) belongs to that person in this article only —
     * nothing is remembered, so «سلمان» elsewhere is decided by its own article. A short form that fits two
     * different persons of the article, or an ambiguous one ({@link NameParts#isAmbiguous}: a lone given name,
     * a common word, بن + a father's name) that fits none, names nobody in particular and is not stored. A
     * spelling the user attached to an entity (rename, alias, split, merge) always resolves to it.
     */
    long[] resolveArticle(List<Mention> mentions) throws SQLException {
        return resolveArticle(mentions, new String[mentions.size()]);
    }

    /**
     * As {@link #resolveArticle(List)}, with the title of rank each mention carries ({@link NameParts#rankTitle},
     * null for none): a short form joins no longer name of another rank («الملك خالد» is not «الأمير خالد الفيصل»).
     */
    long[] resolveArticle(List<Mention> given, String[] ranks) throws SQLException {
        List<Mention> mentions = new ArrayList<>(given.size());
        for (Mention m : given) {
            mentions.add(withoutFamilyAlias(m));
        }
        int size = mentions.size();
        long[] ids = new long[size];
        Integer[] order = new Integer[size];
        NameParts.Parts[] parts = new NameParts.Parts[size];
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON) {
                parts[i] = names.of(m.spelling().isBlank() ? m.text() : m.spelling());
                rank[i] = parts[i].size();
            } else {
                rank[i] = words(m.spelling());
            }
        }
        // full names first, so that a short form can join the person named in full
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -rank[i]));
        List<NameParts.Parts> longParts = new ArrayList<>();
        List<String> longRanks = new ArrayList<>();
        List<Long> longIds = new ArrayList<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) {
                ids[i] = resolve(m);
                continue;
            }
            long id = byUserSpelling(m);
            if (id == 0) {
                id = inArticle(parts[i], ranks[i], longParts, longRanks, longIds);
                if (id > 0) {
                    // searchable by the short form; other articles still decide their own (see shorter())
                    EntityRows.addSpelling(c, id, normalized(m), m.spelling().isBlank() ? m.text() : m.spelling(), "SEEN");
                }
            }
            if (id == 0) {
                id = names.isAmbiguous(parts[i]) && !gazetteerKnows(m) ? NOT_A_NAME : resolve(m);
            }
            ids[i] = id;
            if (id != NOT_A_NAME && parts[i].size() > 1) {
                longParts.add(parts[i]);
                longRanks.add(ranks[i]);
                longIds.add(id);
            }
        }
        return ids;
    }

    /** The one person of the article whose long form this is a short form of; 0 none; NOT_A_NAME several. */
    private static long inArticle(NameParts.Parts p, String rank, List<NameParts.Parts> longParts,
                                  List<String> longRanks, List<Long> longIds) {
        long found = 0;
        for (int k = 0; k < longParts.size(); k++) {
            if (NameParts.isShortFormOf(p, longParts.get(k)) && NameParts.sameRank(rank, longRanks.get(k))) {
                long id = longIds.get(k);
                if (found != 0 && found != id) {
                    return NOT_A_NAME;
                }
                found = id;
            }
        }
        return found;
    }

    /**
     * A person mention that the gazetteer names by one of its aliases which is only the family name of the
     * canonical (الحوثي for عبد الملك الحوثي): an Arab family name with the article names a family, a tribe or a
     * movement as often as the one man, so the alias does not decide; the mention keeps its own name and the
     * article and the library decide ({@link ListPass}).
     */
    private static Mention withoutFamilyAlias(Mention m) {
        if (m.type() != EntityType.PERSON || !gazetteerKnows(m)) {
            return m;
        }
        String spelling = Spellings.normalize(m.spelling().isBlank() ? m.text() : m.spelling());
        String canonical = Spellings.normalize(m.entity());
        int sp = canonical.lastIndexOf(' ');
        if (spelling.indexOf(' ') >= 0 || !spelling.startsWith("ال") || sp < 0 || !canonical.substring(sp + 1).equals(spelling)) {
            return m;
        }
        return new Mention(m.type(), m.start(), m.end(), m.text(), m.spelling(), m.spelling());
    }

    private static boolean gazetteerKnows(Mention m) {
        return !Spellings.normalize(m.entity()).equals(Spellings.normalize(m.spelling()));
    }

    /** The person a spelling was attached to by a correction of the user's, or 0. */
    private long byUserSpelling(Mention m) throws SQLException {
        String n = Spellings.normalize(m.spelling().isBlank() ? m.text() : m.spelling());
        PreparedStatement ps = c.get("SELECT entity_id FROM entity_spellings WHERE normalized = ? AND origin = 'USER'");
        ps.setString(1, n);
        List<Long> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
        }
        for (long id : found) {
            EntityRows.Row r = EntityRows.current(c, id);
            if (r != null && (r.type() == m.type() || r.userType())) {
                return r.state().equals("NOT_A_NAME") ? NOT_A_NAME : r.id();
            }
        }
        return 0;
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

    private static String normalized(Mention m) {
        String n = Spellings.normalize(m.spelling());
        return n.isEmpty() ? Spellings.normalize(m.text()) : n;
    }

    private long resolve(Mention m) throws SQLException {
        String n = normalized(m);
        String cacheKey = m.type() + "|" + n + "|" + m.entity();
        Long cached = cache.get(cacheKey);
        if (cached == null) {
            cached = committed.get(cacheKey);
        }
        if (cached != null) {
            return cached;
        }
        int parts = m.type() == EntityType.PERSON && !gazetteerKnows(m) ? names.of(n).size() : Integer.MAX_VALUE;
        long id = find(m.type(), n, m.entity(), parts);
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
    private long find(EntityType type, String n, String canonical, int parts) throws SQLException {
        long id = bySpelling(type, n, parts);
        if (id != 0) {
            return id;
        }
        String nc = Spellings.normalize(canonical);
        if (!nc.equals(n)) {
            id = bySpelling(type, nc, Integer.MAX_VALUE);
            if (id != 0) {
                return id;
            }
        }
        return byVariant(type, n, parts);
    }

    /** The gazetteer's canonical names for a spelling of this type (empty when it knows none). */
    private List<String> canonicals(EntityType type, String n) {
        List<GazetteerEntry> known = gazetteer.lookup(n, type);
        if (known.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(known.size());
        for (GazetteerEntry e : known) {
            out.add(Spellings.normalize(e.canonical()));
        }
        return out;
    }

    /** Whether the gazetteer knows both spellings as names of different things (كينيا and غينيا). */
    private boolean knownApart(List<String> mine, EntityType type, String other) {
        if (mine.isEmpty()) {
            return false;
        }
        List<String> theirs = canonicals(type, other);
        return !theirs.isEmpty() && java.util.Collections.disjoint(mine, theirs);
    }

    /**
     * The entity with this spelling and type (or a user-set type). A person's short form that only a longer name
     * has (its spelling was added where an article wrote both) is not taken: {@code maxParts} is the most name
     * parts the entity's name may have; the library pass decides whether the two are one ({@link ListPass}).
     */
    private long bySpelling(EntityType type, String n, int maxParts) throws SQLException {
        List<EntityRows.Row> rows = EntityRows.bySpelling(c, n);
        EntityRows.Row pick = null;
        for (EntityRows.Row r : rows) {
            if (r.type() == type && (maxParts == Integer.MAX_VALUE || names.of(r.name()).size() <= maxParts)) {
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

    private long byVariant(EntityType type, String n, int maxParts) throws SQLException {
        String key = Spellings.key(n);
        if (key.length() < 2) {
            return 0;
        }
        List<long[]> hits = new ArrayList<>();
        List<String> mine = canonicals(type, n);
        PreparedStatement ps = c.get(
                "SELECT s.normalized, s.entity_id, e.name FROM entity_spellings s JOIN entities e ON e.id = s.entity_id "
                        + "WHERE s.name_key = ? AND e.type = ? AND e.state = 'ACTIVE' ORDER BY s.entity_id");
        ps.setString(1, key);
        ps.setString(2, type.name());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (matcher.matchNormalized(n, rs.getString(1)) != NameMatcher.Match.NONE
                        && (maxParts == Integer.MAX_VALUE || names.of(rs.getString(3)).size() <= maxParts)
                        && !knownApart(mine, type, rs.getString(1))) {
                    hits.add(new long[] {rs.getLong(2)});
                }
            }
        }
        return hits.isEmpty() ? 0 : hits.get(0)[0];
    }
}
