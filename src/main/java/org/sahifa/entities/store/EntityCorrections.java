package org.sahifa.entities.store;

import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The user's corrections, each on the caller's transaction and recorded in {@code entity_edits}. They change the
 * spellings table and the entities, which is what later imports resolve against, so they hold for them too.
 */
public final class EntityCorrections {

    private EntityCorrections() {
    }

    /** Gives an entity a new canonical name (also kept as a spelling, so it can be searched by it). */
    public static Entity rename(Connection c, long id, String name) throws SQLException {
        EntityRows.Row r = EntityRows.requireActive(c, id);
        String n = requireName(name);
        EntityRows.update(c, "UPDATE entities SET name = ? WHERE id = ?", n, id);
        EntityRows.addSpelling(c, id, Spellings.normalize(n), n, "USER");
        EntityRows.logEdit(c, now(), "RENAME", id, null, n);
        return new Entity(id, r.type(), n);
    }

    /** Moves every spelling and mention of {@code from} to {@code into}; {@code from} is then merged. */
    public static Entity merge(Connection c, long into, long from) throws SQLException {
        if (into == from) {
            throw new IllegalArgumentException("cannot merge entity " + into + " with itself");
        }
        EntityRows.Row target = EntityRows.requireActive(c, into);
        EntityRows.requireActive(c, from);
        // the user says these spellings name this entity: USER, so later articles resolve them to it first
        EntityRows.update(c, "INSERT OR IGNORE INTO entity_spellings (entity_id, normalized, name_key, surface, origin) "
                + "SELECT ?, normalized, name_key, surface, 'USER' FROM entity_spellings WHERE entity_id = ?", into, from);
        EntityRows.update(c, "DELETE FROM entity_spellings WHERE entity_id = ?", from);
        EntityRows.update(c, "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", into, from);
        EntityRows.update(c, "UPDATE entities SET state = 'MERGED', merged_into = ? WHERE id = ?", into, from);
        EntityRows.logEdit(c, now(), "MERGE", into, from, null);
        return target.entity();
    }

    /**
     * Takes one spelling (and the mentions written so) out of an entity into a new entity of the same type,
     * named by that spelling; returns the new entity.
     */
    public static Entity split(Connection c, long id, String spelling) throws SQLException {
        EntityRows.Row r = EntityRows.requireActive(c, id);
        String n = Spellings.normalize(requireName(spelling));
        String surface;
        int spellings;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT surface, (SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ?) FROM entity_spellings "
                        + "WHERE entity_id = ? AND normalized = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setString(3, n);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("entity " + id + " (" + r.name() + ") has no spelling '" + spelling + "'");
                }
                surface = rs.getString(1);
                spellings = rs.getInt(2);
            }
        }
        if (spellings < 2) {
            throw new IllegalArgumentException("'" + spelling + "' is the only spelling of entity " + id + "; nothing to split");
        }
        long now = now();
        long created = EntityRows.insertEntity(c, r.type(), surface, now);
        EntityRows.update(c, "UPDATE entity_spellings SET entity_id = ?, origin = 'USER' WHERE entity_id = ? AND normalized = ?",
                created, id, n);
        EntityRows.update(c, "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ? AND normalized = ?", created, id, n);
        if (Spellings.normalize(r.name()).equals(n)) {
            // the canonical name went with the split: name the old entity by its most used remaining spelling
            String remaining = mostUsedSpelling(c, id);
            EntityRows.update(c, "UPDATE entities SET name = ? WHERE id = ?", remaining, id);
        }
        EntityRows.logEdit(c, now, "SPLIT", id, created, spelling);
        return new Entity(created, r.type(), surface);
    }

    private static String mostUsedSpelling(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.surface FROM entity_spellings s LEFT JOIN entity_mentions m "
                        + "ON m.entity_id = s.entity_id AND m.normalized = s.normalized WHERE s.entity_id = ? "
                        + "GROUP BY s.normalized ORDER BY COUNT(m.article_id) DESC, s.surface LIMIT 1")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "?";
            }
        }
    }

    /**
     * Adds a spelling to an entity. Mentions already written so (by an entity of the same type) move to it, and
     * later ones resolve to it.
     */
    public static Entity alias(Connection c, long id, String spelling) throws SQLException {
        EntityRows.Row r = EntityRows.requireActive(c, id);
        String s = requireName(spelling);
        String n = Spellings.normalize(s);
        for (EntityRows.Row other : EntityRows.bySpelling(c, n)) {
            if (other.id() != id && other.type() == r.type()) {
                EntityRows.update(c, "DELETE FROM entity_spellings WHERE entity_id = ? AND normalized = ?", other.id(), n);
                EntityRows.update(c, "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ? AND normalized = ?",
                        id, other.id(), n);
            }
        }
        EntityRows.addSpelling(c, id, n, s, "USER");
        EntityRows.logEdit(c, now(), "ALIAS", id, null, s);
        return r.entity();
    }

    /** Changes an entity's type; later mentions of its spellings join it whatever type they are recognised as. */
    public static Entity changeType(Connection c, long id, EntityType type) throws SQLException {
        EntityRows.Row r = EntityRows.requireActive(c, id);
        EntityRows.update(c, "UPDATE entities SET type = ?, user_type = 1 WHERE id = ?", type.name(), id);
        EntityRows.logEdit(c, now(), "TYPE", id, null, type.name());
        return new Entity(id, type, r.name());
    }

    /** Marks an entity as not a name: its mentions go, and its spellings are never stored as names again. */
    public static void notAName(Connection c, long id) throws SQLException {
        EntityRows.requireActive(c, id);
        EntityRows.update(c, "DELETE FROM entity_mentions WHERE entity_id = ?", id);
        EntityRows.update(c, "UPDATE entities SET state = 'NOT_A_NAME' WHERE id = ?", id);
        EntityRows.logEdit(c, now(), "NOT_A_NAME", id, null, null);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name may not be empty");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("a name may not be longer than 200 characters");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
