package org.sahifa.entities.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, prepared once per SQL text and closed together: resolving the names of
 * a batch runs the same few statements thousands of times.
 */
final class StatementCache implements AutoCloseable {

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}
