package org.brink.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brink.cli.Main;
import org.brink.store.EventStore;
import org.brink.store.Rows;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.SeriesPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parity guarantee (docs/spark.md): on the same input, the Spark job in local[2] writes the
 * same mentions, merged events and actors as {@code brink ingest} followed by {@code brink export
 * --format parquet}. The input is Brink's synthetic samples (text, HTML, JSON Lines from several
 * outlets) plus one empty file the reader must reject. Both outputs are compared in DuckDB, row by
 * row on every column of the store's export but the time a row was stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobParityTest {
  private Path dir;
  private Path input;
  private Path sparkOut;
  private Path db;
  private String sparkErr = "";
  private int sparkStatus;
  private Connection duck;

  @BeforeAll
  void runBoth(@TempDir Path tmp) throws IOException, SQLException {
    dir = tmp;
    input = Files.createDirectories(dir.resolve("in"));
    Path samples = Path.of("..", "samples");
    try (Stream<Path> files = Files.list(samples.resolve("articles"))) {
      for (Path f : files.toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    Files.copy(samples.resolve("multi-outlet/reports.jsonl"), input.resolve("reports.jsonl"));
    Files.writeString(input.resolve("empty.txt"), "", StandardCharsets.UTF_8);

    db = dir.resolve("brink.duckdb");
    StringWriter ingestErr = new StringWriter();
    Main.execute(
        new String[] {"ingest", input.toString(), "--db", db.toString(), "--published", "2026-03-02",
            "--no-progress", "--threads", "2"},
        new PrintWriter(new StringWriter()), new PrintWriter(ingestErr), System.in);
    for (String table : List.of("mentions", "events", "actors")) {
      int status = Main.execute(
          new String[] {"export", "--db", db.toString(), "--format", "parquet", "--table", table,
              "-o", dir.resolve(table + ".parquet").toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(ingestErr), System.in);
      assertThat(status).as(ingestErr.toString()).isZero();
    }

    sparkOut = dir.resolve("spark-out");
    StringWriter err = new StringWriter();
    sparkStatus = SparkJob.run(
        new String[] {input.toString(), "--out", sparkOut.toString(), "--master", "local[2]",
            "--published", "2026-03-02", "--partitions", "3"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    sparkErr = err.toString();
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  @Test
  void writesEveryTablePartitionedByDay() {
    for (String table : List.of("articles", "mentions", "events", "quotes", "problems")) {
      assertThat(sparkOut.resolve(table)).isDirectoryContaining(p -> p.getFileName().toString().startsWith("day="));
    }
    assertThat(sparkOut.resolve("actors")).isDirectoryContaining("glob:**.parquet");
    assertThat(sparkOut.resolve("dyad_days")).isDirectoryContaining("glob:**.parquet");
  }

  @Test
  void givesTheSameMentionsAsIngestAndExport() throws SQLException {
    List<String> columns = new ArrayList<>();
    for (Rows.Column c : Rows.MENTIONS.columns()) {
      columns.add(c.name());
    }
    columns.add("event_id");
    assertSame("mentions", columns);
  }

  @Test
  void givesTheSameMergedEventsAsIngestAndExport() throws SQLException {
    List<String> columns = new ArrayList<>();
    for (Rows.Column c : Rows.EVENTS.columns()) {
      if (!c.name().equals("added_at")) { // when the row was stored: differs between any two runs
        columns.add(c.name());
      }
    }
    assertSame("events", columns);
  }

  @Test
  void givesTheSameActorsAsIngestAndExport() throws SQLException {
    assertSame("actors", List.of("code", "country", "name", "names", "mentions", "articles"));
  }

  @Test
  void dyadDaysAgreeWithTheStoresSeries() throws SQLException {
    List<String> checked = new ArrayList<>();
    try (EventStore store = EventStore.open(db);
        Statement s = duck.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT source_country, target_country, \"day\", events, goldstein_sum, mentions,"
                + " material_conflict FROM read_parquet('" + sparkOut.resolve("dyad_days") + "/*.parquet')"
                + " WHERE source_country <> '' AND target_country <> ''")) {
      while (rows.next()) {
        LocalDate day = rows.getObject(3, LocalDate.class);
        SeriesPoint point = store.aggregates()
            .series(new Dyad(rows.getString(1), rows.getString(2)), Granularity.DAY, day, day).get(0);
        assertThat(rows.getLong(4)).isEqualTo(point.events());
        assertThat(rows.getDouble(5)).isCloseTo(point.goldsteinSum(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.getLong(6)).isEqualTo(point.mentions());
        assertThat(rows.getLong(7)).isEqualTo(point.materialConflict());
        checked.add(rows.getString(1) + rows.getString(2) + day);
      }
    }
    assertThat(checked).isNotEmpty();
  }

  @Test
  void reportsTheRejectedInputAndExitsWithOne() throws SQLException {
    assertThat(sparkStatus).isEqualTo(1);
    assertThat(sparkErr).contains("brink: rejected 1 input(s): empty-text");
    try (Statement s = duck.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT count(*) FROM read_parquet('" + sparkOut.resolve("problems") + "/*/*.parquet')"
                + " WHERE article_id IS NULL AND code = 'empty-text' AND source LIKE '%empty.txt'")) {
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(1);
    }
  }

  /** Same rows (as a multiset) on the given columns, and at least one of them. */
  private void assertSame(String table, List<String> columns) throws SQLException {
    String cols = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    String store = "SELECT " + cols + " FROM read_parquet('" + dir.resolve(table + ".parquet") + "')";
    String glob = table.equals("actors") ? "/*.parquet" : "/*/*.parquet";
    String spark = "SELECT " + cols + " FROM read_parquet('" + sparkOut.resolve(table) + glob
        + "', hive_partitioning = true)";
    assertThat(count(store)).as(table + " in the store").isPositive();
    assertThat(count(spark)).as(table + " from Spark").isEqualTo(count(store));
    assertThat(rows("(" + store + ") EXCEPT ALL (" + spark + ")")).as("only in the store").isEmpty();
    assertThat(rows("(" + spark + ") EXCEPT ALL (" + store + ")")).as("only from Spark").isEmpty();
  }

  private long count(String query) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> rows(String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(query + " LIMIT 5")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int c = 1; c <= n; c++) {
          b.append(r.getMetaData().getColumnLabel(c)).append('=').append(r.getString(c)).append(' ');
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
