package org.sahifa.entities.store;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.lists.NameParts;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library-level pass behind the lists of places and persons (decision record 0069), run on the caller's
 * transaction when articles were scanned since it last ran:
 * <ol>
 *   <li><b>short forms join their person</b> — a person entity none of whose names the user touched joins the
 *       person its spellings were found to be a short form of, in the same articles
 *       ({@link EntityResolver#resolveArticle}), when at least {@link #MIN_EVIDENCE} articles say so and at least
 *       {@link #DOMINANT} of such articles name the same person (المالكي → نوري المالكي; سلمان بن عبد العزيز →
 *       سلمان بن عبدالعزيز آل سعود). A short form the articles give to several persons (بوش, الغامدي) joins none
 *       and is not listed;</li>
 *   <li><b>common words are not listed</b> — a one-word spelling that is a common Arabic word ({@link CommonWords})
 *       and that the library writes in more articles outside any recognised name than inside one (مالي
 *       "financial", سيول "floods") does not make a list entry: an entity most of whose mentions are such
 *       spellings is not listed.</li>
 * </ol>
 * The joins run to a fixed point (a merge moves evidence); a one-part name joins only a person whose full name its
 * articles write at least as often as they write it alone (المالكي yes, الحوثي no); a given + father's name joins
 * the one chain of longer names it begins when an article writes both; two given names that begin several longer
 * names (محمد علي) are not listed; nor is a place whose name the library gives more often to an organisation
 * (برشلونة the club). Decision record 0073.
 * Nothing here touches what the user corrected: entities named in {@code entity_edits}, with a user-set type or a
 * spelling the user gave are left as they are. Automatic merges are not logged as the user's edits.
 */
public final class ListPass {

    static final int MIN_EVIDENCE = 3;
    static final double DOMINANT = 0.8;
    static final double TAGGED_SHARE = 0.5;
    static final int FULL_NAME_PARTS = 3;
    static final int MAX_ROUNDS = 4;

    private final NameParts names;
    private final CommonWords commonWords;
    private final Gazetteer gazetteer;

    ListPass(NameParts names, CommonWords commonWords, Gazetteer gazetteer) {
        this.names = names;
        this.commonWords = commonWords;
        this.gazetteer = gazetteer;
    }

    public static ListPass standard() {
        return new ListPass(NameParts.standard(), CommonWords.standard(), Gazetteer.standard());
    }

    /** Whether articles were scanned since the pass last ran. */
    public static boolean stale(Connection c) throws SQLException {
        long[] now = scannedState(c);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT scanned, last_article FROM entity_list_pass WHERE id = 1")) {
            return !rs.next() || rs.getLong(1) != now[0] || rs.getLong(2) != now[1];
        }
    }

    private static long[] scannedState(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), IFNULL(MAX(article_id), 0) FROM entity_scanned")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Runs the pass; returns how many entities were merged and how many are not listed. */
    public int[] run(Connection c) throws SQLException {
        Set<Long> userTouched = userTouched(c);
        EntityRows.update(c, "UPDATE entities SET listed = 1 WHERE listed = 0");
        int merged = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // a merge moves evidence: a short form may be decided only once the longer forms it was found with are one
            int m = joinShortForms(c, userTouched);
            merged += m;
            if (m == 0) {
                break;
            }
        }
        int unlisted = unlistCommonWords(c, userTouched) + unlistOrganizations(c, userTouched);
        long[] now = scannedState(c);
        EntityRows.update(c, "INSERT OR REPLACE INTO entity_list_pass (id, scanned, last_article) VALUES (1, ?, ?)",
                now[0], now[1]);
        return new int[] {merged, unlisted};
    }

    private static Set<Long> userTouched(Connection c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity_id FROM entity_edits UNION SELECT other_id FROM entity_edits "
                     + "WHERE other_id IS NOT NULL UNION SELECT entity_id FROM entity_spellings WHERE origin = 'USER' "
                     + "UNION SELECT id FROM entities WHERE user_type = 1")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    // ---- short forms --------------------------------------------------------------------------------------

    private int joinShortForms(Connection c, Set<Long> userTouched) throws SQLException {
        Map<Long, String> persons = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name FROM entities WHERE type = 'PERSON' AND state = 'ACTIVE'")) {
            while (rs.next()) {
                persons.put(rs.getLong(1), rs.getString(2));
            }
        }
        // spelling -> (entity -> articles) over person mentions
        Map<String, Map<Long, Integer>> bySpelling = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.normalized, m.entity_id, COUNT(DISTINCT m.article_id) "
                     + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = 'PERSON' "
                     + "GROUP BY m.normalized, m.entity_id")) {
            while (rs.next()) {
                bySpelling.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
            }
        }
        Map<Long, Integer> ownArticles = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.entity_id, COUNT(DISTINCT m.article_id) FROM entity_mentions m "
                     + "JOIN entities e ON e.id = m.entity_id WHERE e.type = 'PERSON' GROUP BY m.entity_id")) {
            while (rs.next()) {
                ownArticles.put(rs.getLong(1), rs.getInt(2));
            }
        }
        Map<Long, List<String>> spellings = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.entity_id, s.normalized FROM entity_spellings s JOIN entities e "
                     + "ON e.id = s.entity_id WHERE e.type = 'PERSON' AND e.state = 'ACTIVE'")) {
            while (rs.next()) {
                spellings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Long> shortFirst = new ArrayList<>(persons.keySet());
        Map<Long, Integer> size = new HashMap<>();
        Map<Long, NameParts.Parts> parts = new HashMap<>();
        Map<String, List<Long>> byFirst = new HashMap<>();
        for (long id : shortFirst) {
            NameParts.Parts p = names.of(persons.get(id));
            parts.put(id, p);
            size.put(id, p.size());
            if (p.size() > 0 && !p.startsWithParticle()) {
                byFirst.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(id);
            }
        }
        shortFirst.sort((a, b) -> size.get(a) != size.get(b).intValue() ? size.get(a) - size.get(b) : Long.compare(a, b));
        Map<Long, Long> mergedInto = new HashMap<>();
        int merged = 0;
        for (long s : shortFirst) {
            if (userTouched.contains(s)) {
                continue;
            }
            Map<Long, Integer> evidence = new HashMap<>();
            for (String n : spellings.getOrDefault(s, List.of())) {
                if (names.of(n).size() < size.get(s)) {
                    continue; // a short form found with this person: evidence about the short form, not about s
                }
                for (Map.Entry<Long, Integer> e : bySpelling.getOrDefault(n, Map.of()).entrySet()) {
                    long to = follow(mergedInto, e.getKey());
                    if (to != s && persons.containsKey(to)) {
                        evidence.merge(to, e.getValue(), Integer::sum);
                    }
                }
            }
            long best = 0;
            int bestCount = 0;
            int total = 0;
            int persons2 = 0;
            for (Map.Entry<Long, Integer> e : evidence.entrySet()) {
                total += e.getValue();
                if (e.getValue() >= 2) {
                    persons2++;
                }
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            boolean known = !gazetteer.lookup(persons.get(s), EntityType.PERSON).isEmpty();
            if (bestCount >= (known ? MIN_EVIDENCE - 1 : MIN_EVIDENCE) && bestCount >= DOMINANT * total
                    && size.get(s) < size.get(best) && !userTouched.contains(best)
                    && (size.get(s) > 1 || bestCount >= ownArticles.getOrDefault(s, 0))) {
                merge(c, best, s);
                mergedInto.put(s, best);
                merged++;
                continue;
            }
            NameParts.Parts sp = parts.get(s);
            boolean fatherNamed = sp.size() == 2 && sp.afterParticle()[1];
            long into = size.get(s) >= FULL_NAME_PARTS || fatherNamed
                    ? onlyLongerForm(s, parts, byFirst, mergedInto, userTouched) : 0;
            if (into != 0 && (size.get(s) >= FULL_NAME_PARTS || evidence.getOrDefault(into, 0) > 0)) {
                merge(c, into, s);
                mergedInto.put(s, into);
                merged++;
            } else if (size.get(s) == 1 && persons2 >= 2
                    || !known && withoutFamilyName(sp) && beginsSeveral(s, parts, byFirst, mergedInto)) {
                EntityRows.update(c, "UPDATE entities SET listed = 0 WHERE id = ?", s);
            }
        }
        return merged;
    }

    /** A name of two parts that are given names, or a given and a father's name (محمد علي, محمد بن عبد الله). */
    private boolean withoutFamilyName(NameParts.Parts p) {
        return p.size() == 2 && !p.startsWithParticle() && isGiven(p.first())
                && (p.afterParticle()[1] || isGiven(p.last()));
    }

    private boolean isGiven(String fold) {
        return fold.startsWith("عبد") && fold.length() > 3 || gazetteer.isGivenName(fold);
    }

    /**
     * Whether the library has two or more longer names of persons that begin with this one and are not forms of
     * one another (محمد علي العمري, محمد علي جعفري …): the name alone is several persons.
     */
    private static boolean beginsSeveral(long s, Map<Long, NameParts.Parts> parts, Map<String, List<Long>> byFirst,
                                         Map<Long, Long> mergedInto) {
        NameParts.Parts sp = parts.get(s);
        List<NameParts.Parts> longer = new ArrayList<>();
        for (long l : byFirst.getOrDefault(sp.first(), List.of())) {
            long to = follow(mergedInto, l);
            NameParts.Parts lp = parts.get(to);
            if (to != s && lp.size() > sp.size() && lp.parts().subList(0, sp.size()).equals(sp.parts())) {
                for (NameParts.Parts other : longer) {
                    if (!NameParts.isShortFormOf(other, lp) && !NameParts.isShortFormOf(lp, other)
                            && !other.parts().equals(lp.parts())) {
                        return true;
                    }
                }
                longer.add(lp);
            }
        }
        return false;
    }

    /**
     * For a name of {@link #FULL_NAME_PARTS} parts or more (given name, father's and grandfather's or family name:
     * محمد بن نايف بن عبد العزيز), the one longer name of the library that it begins, if all such names begin
     * one another (… آل سعود): the shortest of them. A name that specific names one person even where the two
     * forms never meet in an article.
     */
    private static long onlyLongerForm(long s, Map<Long, NameParts.Parts> parts, Map<String, List<Long>> byFirst,
                                       Map<Long, Long> mergedInto, Set<Long> userTouched) {
        NameParts.Parts sp = parts.get(s);
        List<Long> longer = new ArrayList<>();
        for (long l : byFirst.getOrDefault(sp.first(), List.of())) {
            long to = follow(mergedInto, l);
            if (to != s && !longer.contains(to) && !userTouched.contains(to)
                    && NameParts.isShortFormOf(sp, parts.get(to))) {
                longer.add(to);
            }
        }
        if (longer.isEmpty()) {
            return 0;
        }
        longer.sort((a, b) -> parts.get(a).size() - parts.get(b).size());
        for (int i = 1; i < longer.size(); i++) {
            if (!NameParts.isShortFormOf(parts.get(longer.get(i - 1)), parts.get(longer.get(i)))) {
                return 0;
            }
        }
        return longer.get(0);
    }

    private static long follow(Map<Long, Long> mergedInto, long id) {
        Long to = mergedInto.get(id);
        for (int hops = 0; to != null && hops < 64; hops++) {
            id = to;
            to = mergedInto.get(id);
        }
        return id;
    }

    /** An automatic merge: like the user's, but not logged as an edit. */
    private static void merge(Connection c, long into, long from) throws SQLException {
        EntityRows.update(c, "INSERT OR IGNORE INTO entity_spellings (entity_id, normalized, name_key, surface, origin) "
                + "SELECT ?, normalized, name_key, surface, origin FROM entity_spellings WHERE entity_id = ?", into, from);
        EntityRows.update(c, "DELETE FROM entity_spellings WHERE entity_id = ?", from);
        EntityRows.update(c, "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", into, from);
        EntityRows.update(c, "UPDATE entities SET state = 'MERGED', merged_into = ? WHERE id = ?", into, from);
    }

    // ---- organisations ------------------------------------------------------------------------------------

    /**
     * A place whose name the library more often gives to an organisation (a club or an agency named after it:
     * برشلونة, الأناضول) is not listed: most of what its articles call by that name is not the place.
     */
    private static int unlistOrganizations(Connection c, Set<Long> userTouched) throws SQLException {
        Map<String, Long> organizations = new HashMap<>();
        Map<Long, String> placeNames = new HashMap<>();
        Map<Long, Long> placeMentions = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.id, e.type, e.name, (SELECT COUNT(*) FROM entity_mentions m "
                     + "WHERE m.entity_id = e.id) FROM entities e WHERE e.state = 'ACTIVE' "
                     + "AND e.type IN ('PLACE', 'ORGANIZATION')")) {
            while (rs.next()) {
                if ("ORGANIZATION".equals(rs.getString(2))) {
                    organizations.merge(rs.getString(3), rs.getLong(4), Long::sum);
                } else {
                    placeNames.put(rs.getLong(1), rs.getString(3));
                    placeMentions.put(rs.getLong(1), rs.getLong(4));
                }
            }
        }
        int unlisted = 0;
        for (Map.Entry<Long, String> p : placeNames.entrySet()) {
            long id = p.getKey();
            if (organizations.getOrDefault(p.getValue(), 0L) > placeMentions.get(id) && !userTouched.contains(id)) {
                EntityRows.update(c, "UPDATE entities SET listed = 0 WHERE id = ?", id);
                unlisted++;
            }
        }
        return unlisted;
    }

    // ---- common words -------------------------------------------------------------------------------------

    private int unlistCommonWords(Connection c, Set<Long> userTouched) throws SQLException {
        // one-word spellings of places and persons that are common words, and how often each entity uses them
        Map<Long, Long> entityMentions = new HashMap<>();
        Map<Long, Map<String, Integer>> perEntity = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.entity_id, m.normalized, COUNT(*) "
                     + "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.state = 'ACTIVE' "
                     + "AND e.type IN ('PERSON', 'PLACE') GROUP BY m.entity_id, m.normalized")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String n = rs.getString(2);
                int mentions = rs.getInt(3);
                entityMentions.merge(id, (long) mentions, Long::sum);
                if (n.indexOf(' ') < 0 && isCommon(NameFold.fold(n))) {
                    perEntity.computeIfAbsent(id, k -> new HashMap<>()).merge(NameFold.fold(n), mentions, Integer::sum);
                }
            }
        }
        Set<String> words = new HashSet<>();
        perEntity.values().forEach(m -> words.addAll(m.keySet()));
        if (words.isEmpty()) {
            return 0;
        }
        Map<String, Integer> inside = articlesNaming(c, words);
        Map<String, Integer> written = articlesWriting(c, words);
        int unlisted = 0;
        for (Map.Entry<Long, Map<String, Integer>> e : perEntity.entrySet()) {
            long id = e.getKey();
            if (userTouched.contains(id)) {
                continue;
            }
            long low = 0;
            for (Map.Entry<String, Integer> w : e.getValue().entrySet()) {
                int in = inside.getOrDefault(w.getKey(), 0);
                int all = Math.max(in, written.getOrDefault(w.getKey(), 0));
                if (in < TAGGED_SHARE * all) {
                    low += w.getValue();
                }
            }
            if (low * 2 > entityMentions.get(id)) {
                EntityRows.update(c, "UPDATE entities SET listed = 0 WHERE id = ?", id);
                unlisted++;
            }
        }
        return unlisted;
    }

    /** For each folded word, the number of articles in which some recognised name (any type) has it as a word. */
    static Map<String, Integer> articlesNaming(Connection c, Set<String> words) throws SQLException {
        Map<String, java.util.BitSet> articles = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT article_id, normalized FROM entity_mentions")) {
            while (rs.next()) {
                String n = rs.getString(2);
                for (String w : n.split(" ")) {
                    String f = NameFold.fold(w);
                    if (words.contains(f)) {
                        articles.computeIfAbsent(f, k -> new java.util.BitSet()).set((int) rs.getLong(1));
                    }
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        articles.forEach((w, b) -> out.put(w, b.cardinality()));
        return out;
    }

    private boolean isCommon(String fold) {
        return commonWords.code(fold) != CommonWords.UNKNOWN;
    }

    /**
     * For each folded word, the number of articles (title or body) that write it as a word, with or without the
     * proclitics و ف ب ل ك and with or without the article ال (ريف of «ريف حلب» writes الريف).
     */
    static Map<String, Integer> articlesWriting(Connection c, Set<String> words) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT title, body_text FROM articles")) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.clear();
                    collect(rs.getString(1), words, seen);
                    collect(rs.getString(2), words, seen);
                    for (String w : seen) {
                        out.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(String text, Set<String> words, Set<String> seen) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isLetter(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            if (i > b) {
                String f = NameFold.fold(text, b, i);
                for (String r : Clitics.readings(f)) {
                    if (words.contains(r)) {
                        seen.add(r);
                    }
                    // the word with or without the article is the same word: المشهد writes مشهد, ريف حلب writes الريف
                    if (r.length() > 3 && r.startsWith("ال")) {
                        if (words.contains(r.substring(2))) {
                            seen.add(r.substring(2));
                        }
                    } else if (words.contains("ال" + r)) {
                        seen.add("ال" + r);
                    }
                }
            }
        }
    }

    private static boolean isLetter(char ch) {
        return Character.isLetter(ch) || Character.getType(ch) == Character.NON_SPACING_MARK || ch == '\u0640';
    }
}
