package org.brink.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.brink.store.StoreException;
import org.duckdb.DuckDBConnection;

/**
 * Read connections to the store's DuckDB file for request threads.
 *
 * <p>Implementation notes: DuckDB's JDBC driver keeps one database instance per file and JVM, so
 * the connection opened here shares the instance (and the data, committed writes included) of the
 * {@link org.brink.store.EventStore} that opened the file first. Each request gets its own {@link
 * DuckDBConnection#duplicate() duplicate}: DuckDB connections are not meant to be shared between
 * threads, and reads then never wait for the store's lock while an article is being written.
 */
final class Database implements AutoCloseable {
  private final DuckDBConnection base;

  Database(Path file) {
    try {
      this.base =
          DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())
              .unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + " for reading: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a connection of its own. */
  <T> T read(Work<T> work) {
    try (Connection connection = duplicate()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }

  private synchronized Connection duplicate() throws SQLException {
    return base.duplicate();
  }

  @Override
  public synchronized void close() {
    try {
      base.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the read connection: " + e.getMessage(), e);
    }
  }

  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
