package org.sahifa.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a connection: a read, or the body of one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
