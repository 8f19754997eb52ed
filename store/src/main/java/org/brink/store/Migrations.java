package org.brink.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the schema migrations in {@code org/brink/store/migrations/} in version order, each in
 * its own transaction together with its {@code schema_version} row, so a migration is applied
 * completely and exactly once.
 *
 * <p>Design decision: the migrations are listed here rather than discovered, because a class path
 * cannot be listed portably inside a jar. Add a file {@code V<n>__<what>.sql} and its name below.
 */
final class Migrations {
  /** In order; V{@code n} must be at index {@code n - 1}. */
  static final List<String> FILES =
      List.of(
          "V1__init.sql",
          "V2__merged_events.sql",
          "V3__codes_outside_cameo.sql",
          "V4__quote_speaker_refers_to.sql");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  private Migrations() {}

  /** The schema version a fully migrated database has. */
  static int latest() {
    return FILES.size();
  }

  /**
   * Brings the database up to {@link #latest()}.
   *
   * @return the number of migrations applied now (0 when it was already current)
   */
  static int apply(Connection connection) throws SQLException {
    return apply(connection, latest());
  }

  /** Brings the database up to {@code target}, for tests that need an older schema. */
  static int apply(Connection connection, int target) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT"
              + " NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = current(connection);
    if (current > latest()) {
      throw new SQLException(
          "database schema version "
              + current
              + " is newer than this Brink knows ("
              + latest()
              + "); use a newer Brink");
    }
    int applied = 0;
    for (int version = current + 1; version <= target; version++) {
      String file = FILES.get(version - 1);
      Matcher matcher = NAME.matcher(file);
      if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != version) {
        throw new IllegalStateException(
            "migration " + file + " is out of order; expected V" + version + "__*.sql");
      }
      applyOne(connection, version, file);
      applied++;
    }
    return applied;
  }

  static int current(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void applyOne(Connection connection, int version, String file)
      throws SQLException {
    List<String> statements = statements(read(file));
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, file);
        insert.setObject(3, EventStore.nowUtc());
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw new SQLException("migration " + file + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String read(String file) {
    String resource = "migrations/" + file;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, () -> "missing resource org/brink/store/" + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read org/brink/store/" + resource, e);
    }
  }

  /**
   * Splits a migration into statements: whole-line {@code --} comments are dropped and a {@code ;}
   * at the end of a line ends a statement. Migrations keep to that shape; none needs a {@code ;}
   * inside a literal at a line's end.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
