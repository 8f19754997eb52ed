package org.brink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brink.core.ArticleId;
import org.brink.core.CodedArticle;
import org.brink.core.Problem;
import org.brink.store.aggregate.Dyad;
import org.brink.store.merge.MergeConfig;
import org.brink.store.merge.MergedEvent;
import org.jspecify.annotations.Nullable;

/**
 * An embedded DuckDB file of coded articles: their mentions (sentence-level coded events), quotes
 * and problems, plus problems for inputs that never became an article; and, derived from those,
 * merged real-world events and the actors seen (docs/store.md).
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("brink.duckdb"))) {
 *   store.store(codedArticle);          // false when the article id is already stored
 *   store.exportParquet(Path.of("events.parquet"));
 * }
 * }</pre>
 *
 * <p>Implementation notes: one JDBC connection, used under this object's lock, so an instance is
 * safe to share between threads but writes one article at a time. {@link #store} writes an article
 * and all its rows in one transaction: after a crash or a failed insert the article is either fully
 * stored or absent, and storing it again is safe. Every value goes in through a bind parameter; the
 * one exception is the Parquet file name, which DuckDB's {@code COPY} takes only as a literal, so
 * names holding a single quote are refused rather than escaped.
 */
public final class EventStore implements AutoCloseable {
  /**
   * Mentions in a stable order (article, sentence, position of the trigger, then id), each with
   * the id of the merged event it belongs to, or null.
   */
  static final String MENTIONS_IN_ORDER =
      "SELECT m.*, em.event_id FROM mentions m LEFT JOIN event_mentions em ON em.mention_id = m.id"
          + " ORDER BY m.article_id, m.sentence_index, m.trigger_begin, m.id";

  /** Merged events by day and id. */
  static final String EVENTS_IN_ORDER = "SELECT * FROM events ORDER BY \"day\", id";

  /** Actors by code. */
  static final String ACTORS_IN_ORDER = "SELECT * FROM actors ORDER BY code";

  private final Path file;
  private final Connection connection;
  private final MergeConfig mergeConfig;

  private EventStore(Path file, Connection connection, MergeConfig mergeConfig) {
    this.file = file;
    this.connection = connection;
    this.mergeConfig = mergeConfig;
  }

  /**
   * Opens the DuckDB database in {@code dbFile}, creating it (and missing parent directories) when
   * absent, and brings its schema up to date.
   *
   * @throws StoreException when the file cannot be opened or migrated, for example because another
   *     process holds it open
   */
  public static EventStore open(Path dbFile) {
    return open(dbFile, MergeConfig.DEFAULT);
  }

  /** Opens a store that merges mentions into events with {@code mergeConfig}. */
  public static EventStore open(Path dbFile, MergeConfig mergeConfig) {
    Objects.requireNonNull(dbFile, "dbFile");
    Objects.requireNonNull(mergeConfig, "mergeConfig");
    Path absolute = dbFile.toAbsolutePath();
    Connection connection = null;
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      connection = DriverManager.getConnection("jdbc:duckdb:" + absolute);
      Migrations.apply(connection);
      return new EventStore(absolute, connection, mergeConfig);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(connection, e);
      throw new StoreException("cannot open event store " + absolute + ": " + e.getMessage(), e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * Stores a coded article with its events (as mentions), quotes and problems, unless an article with the same id
   * is already stored. The article id is a content hash for every input but JSON Lines records that
   * bring their own id, so storing the same input twice keeps one copy.
   *
   * @return true when the article was stored now, false when it was already there
   * @throws StoreException when the write fails; nothing of the article is then stored
   */
  public synchronized boolean store(CodedArticle article) {
    Objects.requireNonNull(article, "article");
    String articleId = article.id().value();
    return inTransaction(
        "store article " + articleId,
        () -> {
          if (contains(articleId)) {
            return false;
          }
          LocalDateTime now = nowUtc();
          insertArticle(article, now);
          insertMentions(article);
          insertQuotes(article);
          for (Problem problem : article.problems()) {
            insertProblem(articleId, problem, now);
          }
          return true;
        });
  }

  /** Stores a problem for an input from which no article could be formed. */
  public synchronized void reject(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    inTransaction(
        "store problem " + problem,
        () -> {
          insertProblem(null, problem, nowUtc());
          return true;
        });
  }

  /** True when an article with this id is stored. */
  public synchronized boolean contains(ArticleId id) {
    Objects.requireNonNull(id, "id");
    try {
      return contains(id.value());
    } catch (SQLException e) {
      throw new StoreException("cannot look up article " + id + ": " + e.getMessage(), e);
    }
  }

  /** How many rows each table holds, after bringing the merged tables up to date. */
  public synchronized Counts counts() {
    mergeIfStale();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
                    + " (SELECT count(*) FROM events), (SELECT count(*) FROM quotes),"
                    + " (SELECT count(*) FROM problems), (SELECT count(*) FROM actors)")) {
      rows.next();
      return new Counts(
          rows.getLong(1),
          rows.getLong(2),
          rows.getLong(3),
          rows.getLong(4),
          rows.getLong(5),
          rows.getLong(6));
    } catch (SQLException e) {
      throw new StoreException("cannot count rows: " + e.getMessage(), e);
    }
  }

  /** The schema version of the open database. */
  public synchronized int schemaVersion() {
    try {
      return Migrations.current(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
    }
  }

  /** The merge configuration this store merges with. */
  public MergeConfig mergeConfig() {
    return mergeConfig;
  }

  /**
   * Rebuilds the merged events, their links to mentions and the actors table from every stored
   * mention, in one transaction (docs/store.md, "Merge"). A full rebuild rather than an
   * incremental one: the result depends only on what is stored, never on the order articles came
   * in, and a run killed between storing and merging is repaired by the next merge.
   *
   * @return how many merged events there are now
   */
  public synchronized long merge() {
    long[] events = new long[1];
    inTransaction(
        "merge events",
        () -> {
          events[0] = StoreMerge.rebuild(connection, mergeConfig);
          return true;
        });
    return events[0];
  }

  /**
   * Merges when mentions were stored (or the merge configuration changed) since the last merge.
   *
   * @return true when it merged now
   */
  public synchronized boolean mergeIfStale() {
    try {
      if (!StoreMerge.stale(connection, mergeConfig)) {
        return false;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the merge state: " + e.getMessage(), e);
    }
    merge();
    return true;
  }

  /** Dyad series, escalation, alerts and rankings over this store's merged events. */
  public Aggregates aggregates() {
    return new Aggregates(this);
  }

  /**
   * Merged events by day and id, optionally of one dyad and within days (inclusive), at most
   * {@code limit} of them, each with the ids of its mentions.
   */
  public synchronized List<MergedEvent> events(
      @Nullable Dyad dyad, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    mergeIfStale();
    try {
      return StoreMerge.events(connection, dyad, from, to, limit);
    } catch (SQLException e) {
      throw new StoreException("cannot read merged events: " + e.getMessage(), e);
    }
  }

  /** The evidence of a merged event: each of its mentions with its sentence and article. */
  public synchronized List<Evidence> evidence(long eventId) {
    mergeIfStale();
    try {
      return StoreMerge.evidence(connection, eventId);
    } catch (SQLException e) {
      throw new StoreException("cannot read the mentions of event " + eventId + ": " + e.getMessage(), e);
    }
  }

  /** What an export writes. */
  public enum Table {
    /** One row per coded sentence-level event, with the id of its merged event: the output contract. */
    MENTIONS(MENTIONS_IN_ORDER),
    /** One row per merged real-world event. */
    EVENTS(EVENTS_IN_ORDER),
    /** One row per actor code seen. */
    ACTORS(ACTORS_IN_ORDER);

    final String query;

    Table(String query) {
      this.query = query;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Writes every mention as JSON Lines; see {@link #exportJsonl(Table, Writer)}. */
  public synchronized long exportJsonl(Writer out) {
    return exportJsonl(Table.MENTIONS, out);
  }

  /**
   * Writes every row of a table as one flat JSON object per line: the columns by name, dates as
   * {@code YYYY-MM-DD}, absent values as null, lists as arrays. Mentions come in article id,
   * sentence and trigger order, with {@code event_id}; merged events in day and id order. The
   * writer is flushed, not closed.
   *
   * @return the number of lines written
   */
  public synchronized long exportJsonl(Table table, Writer out) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    mergeIfStale();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(table.query)) {
      long count = JsonRows.write(rows, out);
      out.flush();
      return count;
    } catch (SQLException e) {
      throw new StoreException("cannot export " + table.label() + " as JSON Lines: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON Lines: " + e.getMessage(), e);
    }
  }

  /** Writes every mention to Parquet; see {@link #exportParquet(Table, Path)}. */
  public synchronized long exportParquet(Path file) {
    return exportParquet(Table.MENTIONS, file);
  }

  /**
   * Writes every row of a table to a Parquet file, replacing {@code file}, with the table's columns
   * and types, in the order of {@link #exportJsonl(Table, Writer)}.
   *
   * @return the number of rows written
   * @throws IllegalArgumentException when the path holds a single quote, which DuckDB's {@code
   *     COPY} cannot take safely (it accepts the file name only as a literal, not a parameter)
   */
  public synchronized long exportParquet(Table table, Path file) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(file, "file");
    String path = file.toAbsolutePath().toString();
    if (path.indexOf('\'') >= 0) {
      throw new IllegalArgumentException(
          "Parquet path must not contain a single quote (DuckDB's COPY takes the file name only"
              + " as a literal): "
              + path);
    }
    mergeIfStale();
    // The path is the only text put into SQL, and it cannot end the literal: checked above.
    String sql = "COPY (" + table.query + ") TO '" + path + "' (FORMAT PARQUET)";
    try (Statement statement = connection.createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet result = statement.getResultSet()) {
          return result.next() ? result.getLong(1) : 0;
        }
      }
      return Math.max(0, statement.getUpdateCount());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot export " + table.label() + " to Parquet " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the merged events as the 61-column GDELT 2.0 event table: tab-separated, no header,
   * one line per event in day and id order (docs/gdelt-export.md). The writer is flushed, not
   * closed.
   *
   * @return the number of lines written
   */
  public synchronized long exportGdelt(Writer out) {
    Objects.requireNonNull(out, "out");
    mergeIfStale();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(EVENTS_IN_ORDER)) {
      long count = GdeltRows.write(rows, out);
      out.flush();
      return count;
    } catch (SQLException e) {
      throw new StoreException("cannot export events as GDELT: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GDELT rows: " + e.getMessage(), e);
    }
  }

  /** Maps one result row; may throw {@link SQLException}. */
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Runs a read query with bind parameters under the store's lock, merging first when stale. */
  synchronized <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
    mergeIfStale();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          out.add(mapper.map(rows));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query the store: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close event store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Row counts per table.
   *
   * @param mentions coded sentence-level events
   * @param events merged real-world events
   */
  public record Counts(
      long articles, long mentions, long events, long quotes, long problems, long actors) {}

  static LocalDateTime nowUtc() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private interface Work {
    boolean run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction. A failed commit (a full disk, a read-only file) rolls
   * back, and the cause is what the exception says: a later failure while restoring auto-commit is
   * only added as suppressed, never put in its place.
   */
  private boolean inTransaction(String what, Work work) {
    Exception primary = null;
    try {
      connection.setAutoCommit(false);
      boolean result = work.run();
      connection.commit();
      return result;
    } catch (SQLException e) {
      primary = e;
      rollbackQuietly(e);
      throw failure(what, e);
    } catch (RuntimeException e) {
      primary = e;
      rollbackQuietly(e);
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        if (primary != null) {
          primary.addSuppressed(e);
        } else {
          throw failure(what, e);
        }
      }
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollback) {
      cause.addSuppressed(rollback);
    }
  }

  /** A failed write, naming the store file and, for a full disk or read-only file, what to do. */
  private StoreException failure(String what, SQLException e) {
    String message = String.valueOf(e.getMessage());
    String hint = "";
    if (message.contains("No space left on device") || message.contains("not enough space")) {
      hint = "; the disk is full: free space and run again (what was stored before is kept, each article whole)";
    } else if (message.contains("Read-only file system") || message.contains("read-only")) {
      hint = "; the store is read-only: give a writable --db";
    }
    return new StoreException("cannot " + what + ": " + message + " (store " + file + ")" + hint, e);
  }

  private boolean contains(String articleId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      query.setString(1, articleId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private void insertArticle(CodedArticle article, LocalDateTime now) throws SQLException {
    insert(Rows.ARTICLES, List.<@Nullable Object[]>of(Rows.article(article, now)));
  }

  private void insertMentions(CodedArticle article) throws SQLException {
    insert(Rows.MENTIONS, Rows.mentions(article));
  }

  private void insertQuotes(CodedArticle article) throws SQLException {
    insert(Rows.QUOTES, Rows.quotes(article));
  }

  private void insertProblem(@Nullable String articleId, Problem problem, LocalDateTime now)
      throws SQLException {
    insert(Rows.PROBLEMS, List.<@Nullable Object[]>of(Rows.problem(articleId, problem, now)));
  }

  /** Inserts rows of {@link Rows} into their table, every value through a bind parameter. */
  private void insert(Rows.Table table, List<@Nullable Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
      for (@Nullable Object[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          setObject(insert, c + 1, row[c], sqlType(table.columns().get(c).type()));
        }
        insert.executeUpdate();
      }
    }
  }

  private static int sqlType(Rows.Type type) {
    return switch (type) {
      case TEXT -> Types.VARCHAR;
      case INT -> Types.INTEGER;
      case BIGINT -> Types.BIGINT;
      case DOUBLE -> Types.DOUBLE;
      case BOOLEAN -> Types.BOOLEAN;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP;
    };
  }

  static void setObject(
      PreparedStatement insert, int index, @Nullable Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, sqlType);
    } else {
      insert.setObject(index, value);
    }
  }

  private static void closeQuietly(@Nullable Connection connection, Exception cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
