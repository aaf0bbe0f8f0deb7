package org.sahifa.entities.store;

import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Row-level SQL on the entity tables, shared by the resolver, the corrections and the queries. */
final class EntityRows {

    /** An entity row. */
    record Row(long id, EntityType type, String name, String state, long mergedInto, boolean userType) {
        Entity entity() {
            return new Entity(id, type, name);
        }

        boolean active() {
            return state.equals("ACTIVE");
        }
    }

    private EntityRows() {
    }

    static Row get(Connection c, long id) throws SQLException {
        try (StatementCache sc = new StatementCache(c)) {
            return get(sc, id);
        }
    }

    static Row get(StatementCache c, long id) throws SQLException {
        PreparedStatement ps = c.get("SELECT id, type, name, state, ifnull(merged_into, 0), user_type FROM entities WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? row(rs) : null;
        }
    }

    /** The entity, following merges to the one that holds it now; {@code null} when unknown. */
    static Row current(StatementCache c, long id) throws SQLException {
        Row r = get(c, id);
        for (int hops = 0; r != null && r.state.equals("MERGED") && hops < 64; hops++) {
            r = get(c, r.mergedInto);
        }
        return r;
    }

    /** The active entity with this id, or an {@link UnknownEntityException}. */
    static Row current(Connection c, long id) throws SQLException {
        try (StatementCache sc = new StatementCache(c)) {
            return current(sc, id);
        }
    }

    static Row requireActive(Connection c, long id) throws SQLException {
        Row r = get(c, id);
        if (r == null || !r.active()) {
            throw new UnknownEntityException(r == null ? "no entity with id " + id
                    : "entity " + id + " is " + (r.state.equals("MERGED") ? "merged into " + r.mergedInto : "marked not a name"));
        }
        return r;
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getInt(6) == 1);
    }

    /** Entities (current, after merges) that have the normalised spelling. */
    static List<Row> bySpelling(Connection c, String normalized) throws SQLException {
        try (StatementCache sc = new StatementCache(c)) {
            return bySpelling(sc, normalized);
        }
    }

    static List<Row> bySpelling(StatementCache c, String normalized) throws SQLException {
        List<Long> ids = new ArrayList<>();
        PreparedStatement ps = c.get("SELECT DISTINCT entity_id FROM entity_spellings WHERE normalized = ?");
        ps.setString(1, normalized);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        List<Row> out = new ArrayList<>();
        for (long id : ids) {
            Row r = current(c, id);
            if (r != null && out.stream().noneMatch(x -> x.id == r.id)) {
                out.add(r);
            }
        }
        return out;
    }

    static long insertEntity(StatementCache c, EntityType type, String name, long now) throws SQLException {
        PreparedStatement ps = c.get("INSERT INTO entities (type, name, created) VALUES (?, ?, ?) RETURNING id");
        ps.setString(1, type.name());
        ps.setString(2, name);
        ps.setLong(3, now);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long insertEntity(Connection c, EntityType type, String name, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entities (type, name, created) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type.name());
            ps.setString(2, name);
            ps.setLong(3, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Adds a spelling to an entity unless it has it already. */
    static void addSpelling(Connection c, long entityId, String normalized, String surface, String origin) throws SQLException {
        try (StatementCache sc = new StatementCache(c)) {
            addSpelling(sc, entityId, normalized, surface, origin);
        }
    }

    static void addSpelling(StatementCache c, long entityId, String normalized, String surface, String origin) throws SQLException {
        if (normalized.isEmpty()) {
            return;
        }
        PreparedStatement ps = c.get(
                "INSERT OR IGNORE INTO entity_spellings (entity_id, normalized, name_key, surface, origin) VALUES (?, ?, ?, ?, ?)");
        ps.setLong(1, entityId);
        ps.setString(2, normalized);
        ps.setString(3, Spellings.key(normalized));
        ps.setString(4, surface);
        ps.setString(5, origin);
        ps.executeUpdate();
    }

    static void logEdit(Connection c, long now, String op, long entityId, Long otherId, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_edits (created, op, entity_id, other_id, value) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, now);
            ps.setString(2, op);
            ps.setLong(3, entityId);
            if (otherId == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setLong(4, otherId);
            }
            ps.setString(5, value);
            ps.executeUpdate();
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
