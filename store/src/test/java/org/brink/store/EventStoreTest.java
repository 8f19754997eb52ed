package org.brink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CodedArticle;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("brink.duckdb");
  }

  @Test
  void storesAnArticleWithItsEventsQuoteAndWarning() throws SQLException {
    CodedArticle article = Articles.pakistanStrikes();
    try (EventStore store = EventStore.open(db())) {
      assertThat(store.store(article)).isTrue();
      assertThat(store.contains(article.id())).isTrue();
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 2, 2, 1, 1, 2));
    }
    String id = article.id().value();
    try (Connection c = connect()) {
      assertThat(
              row(
                  c,
                  "SELECT id, content_hash, title, published, url, input, text, sentence_count"
                      + " FROM articles"))
          .containsExactly(
              id,
              id,
              "Pakistan strikes militant hideouts in Iran",
              "2024-01-18",
              null,
              "examples/pakistan-strikes.txt",
              Articles.TEXT,
              "3");
      assertThat(
              row(
                  c,
                  "SELECT code, root, quad_class, goldstein, plover_category, plover_mode,"
                      + " plover_context, modality, source_code, source_text, source_begin,"
                      + " source_end, target_code, \"date\", date_basis, location_name,"
                      + " location_country, lat, geonames_id, sentence_index, trigger_text,"
                      + " trigger_begin, trigger_end, rule, confidence FROM mentions WHERE id = ?",
                  id + "#0.0"))
          .containsExactly(
              "190",
              "19",
              "4",
              "-10.0",
              "ASSAULT",
              null,
              "military",
              "asserted",
              "PAK",
              "Pakistan",
              "0",
              "8",
              "IRN",
              "2024-01-18",
              "relative",
              "Iran",
              "IRN",
              "35.69439",
              null,
              "0",
              "launched strikes",
              "9",
              "25",
              "verbs.txt:176 launch +strike >on",
              "0.8");
      assertThat(
              row(
                  c,
                  "SELECT source_code, target_code, \"date\", date_basis, location_name,"
                      + " plover_category, sentence_text FROM mentions WHERE id = ?",
                  id + "#1.0"))
          .containsExactly("IRN", null, null, null, null, null, "Iran condemned the strikes.");
      assertThat(
              row(
                  c,
                  "SELECT article_id, n, text, \"begin\", \"end\", speaker_text,"
                      + " speaker_code, speaker_begin, speaker_refers_text, speaker_refers_begin"
                      + " FROM quotes"))
          .containsExactly(
              id,
              "0",
              "We urge restraint",
              at("We urge"),
              at(",\" a"),
              "a spokesperson",
              null,
              at("a spokesperson"),
              "Iran",
              at("Iran condemned"));
      assertThat(row(c, "SELECT article_id, source, code, message FROM problems"))
          .containsExactly(
              id,
              "examples/pakistan-strikes.txt",
              "sentence-skipped",
              "sentence 3 has 412 tokens; the limit is 400");
    }
  }

  @Test
  void storingTheSameArticleTwiceKeepsOneCopy() {
    try (EventStore store = EventStore.open(db())) {
      assertThat(store.store(Articles.pakistanStrikes())).isTrue();
      assertThat(store.store(Articles.pakistanStrikes())).isFalse();
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 2, 2, 1, 1, 2));
    }
    try (EventStore reopened = EventStore.open(db())) {
      assertThat(reopened.store(Articles.pakistanStrikes())).isFalse();
      assertThat(reopened.counts()).isEqualTo(new EventStore.Counts(1, 2, 2, 1, 1, 2));
    }
  }

  @Test
  void storesARejectedInputAsAProblemWithNoArticle() throws SQLException {
    try (EventStore store = EventStore.open(db())) {
      store.reject(new Problem(Reason.BINARY, "looks like a PNG image", "inbox/logo.png"));
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(0, 0, 0, 0, 1, 0));
    }
    try (Connection c = connect()) {
      assertThat(
              row(c, "SELECT article_id, source, code, message, \"at\" IS NOT NULL FROM problems"))
          .containsExactly(null, "inbox/logo.png", "binary", "looks like a PNG image", "true");
    }
  }

  @Test
  void appliesMigrationsOnceAcrossReopens() throws SQLException {
    try (EventStore store = EventStore.open(db())) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      store.store(Articles.pakistanStrikes());
    }
    try (EventStore reopened = EventStore.open(db())) {
      assertThat(reopened.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(reopened.counts().articles()).isEqualTo(1);
    }
    try (Connection c = connect()) {
      assertThat(row(c, "SELECT count(*), min(version), max(name) FROM schema_version"))
          .containsExactly("4", "1", "V4__quote_speaker_refers_to.sql");
    }
  }

  @Test
  void failedStoreLeavesNothingOfTheArticle() {
    CodedArticle good = Articles.pakistanStrikes();
    // Two events with one id break the primary key on the second insert, after the article row,
    // the first event and nothing else went in: the transaction must take all of it back.
    CodedArticle broken =
        new CodedArticle(
            good.id(),
            good.meta(),
            good.text(),
            good.sentenceCount(),
            List.of(good.events().get(0), good.events().get(0)),
            good.quotes(),
            good.problems());
    try (EventStore store = EventStore.open(db())) {
      assertThatThrownBy(() -> store.store(broken))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("cannot store article " + good.id() + ": ");
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(0, 0, 0, 0, 0, 0));
      assertThat(store.store(good)).isTrue();
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 2, 2, 1, 1, 2));
    }
  }

  @Test
  void exportsEventsToParquetThatDuckDbReadsBack() throws SQLException {
    Path parquet = dir.resolve("out/events.parquet");
    try (EventStore store = EventStore.open(db())) {
      store.store(Articles.pakistanStrikes());
      store.store(Articles.withText(Articles.TEXT + " More.", "second.txt"));
      parquet.getParent().toFile().mkdirs();
      store.exportParquet(parquet);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(
              row(
                  c,
                  "SELECT count(*), count(DISTINCT article_id), min(\"date\")"
                      + " FROM read_parquet(?)",
                  parquet.toString()))
          .containsExactly("4", "2", "2024-01-18");
    }
  }

  @Test
  void refusesAParquetPathWithASingleQuote() {
    Path bad = dir.resolve("it's.parquet");
    try (EventStore store = EventStore.open(db())) {
      assertThatThrownBy(() -> store.exportParquet(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Parquet path must not contain a single quote (DuckDB's COPY takes the file name"
                  + " only as a literal): "
                  + bad.toAbsolutePath());
    }
  }

  @Test
  void exportsEventsAsJsonLinesInSentenceOrder() {
    StringWriter out = new StringWriter();
    long lines;
    try (EventStore store = EventStore.open(db())) {
      store.store(Articles.pakistanStrikes());
      lines = store.exportJsonl(out);
    }
    String id = Articles.pakistanStrikes().id().value();
    List<String> written = out.toString().lines().toList();
    assertThat(lines).isEqualTo(2);
    assertThat(written).hasSize(2);
    assertThat(written.get(0))
        .startsWith(
            "{\"id\":\""
                + id
                + "#0.0\",\"article_id\":\""
                + id
                + "\",\"code\":\"190\",\"root\":\"19\",\"name\":\"Use conventional military force,"
                + " not specified below\","
                + "\"quad_class\":4,\"goldstein\":-10.0,\"plover_category\":\"ASSAULT\","
                + "\"plover_mode\":null,")
        .contains("\"date\":\"2024-01-18\",\"date_basis\":\"relative\"")
        .contains("\"rule\":\"verbs.txt:176 launch +strike >on\",\"confidence\":0.8,")
        .matches(".*,\"event_id\":[0-9]+}");
    assertThat(written.get(1)).contains("\"id\":\"" + id + "#1.0\"", "\"target_code\":null");
  }

  @Test
  void storesSqlMetacharactersVerbatim() throws SQLException {
    String text =
        "Robert'); DROP TABLE events;-- said \"hi\" \\ 100% _x_ ' '' ;\n\t\u00e9\u2028 "
            + Articles.TEXT;
    String title = "O'Brien; DELETE FROM articles WHERE '1'='1' --";
    CodedArticle base = Articles.withText(text, "in'put;--.txt");
    CodedArticle article =
        new CodedArticle(
            base.id(),
            base.meta().withTitle(title).withOutlet("%_\\"),
            text,
            1,
            List.of(base.events().get(1)),
            List.of(),
            base.problems());
    StringWriter out = new StringWriter();
    try (EventStore store = EventStore.open(db())) {
      assertThat(store.store(article)).isTrue();
      store.reject(new Problem(Reason.BAD_FIELD, "field 'x'; DROP TABLE problems", "a'b"));
      store.exportJsonl(out);
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 1, 1, 0, 2, 1));
    }
    assertThat(out.toString()).contains("\"sentence_text\":\"Iran condemned the strikes.\"");
    try (Connection c = connect()) {
      assertThat(
              row(
                  c,
                  "SELECT text, title, outlet, input FROM articles WHERE id = ?",
                  article.id().value()))
          .containsExactly(text, title, "%_\\", "in'put;--.txt");
      assertThat(row(c, "SELECT message, source FROM problems WHERE article_id IS NULL"))
          .containsExactly("field 'x'; DROP TABLE problems", "a'b");
    }
  }

  @Test
  void storesAnArticleWithNoEventsAndNullMetadata() {
    CodedArticle bare =
        new CodedArticle(
            ArticleId.ofContent("Nothing happened."),
            ArticleMeta.of("-"),
            "Nothing happened.",
            1,
            List.of(),
            List.of(),
            List.of());
    try (EventStore store = EventStore.open(db())) {
      assertThat(store.store(bare)).isTrue();
      assertThat(store.counts()).isEqualTo(new EventStore.Counts(1, 0, 0, 0, 0, 0));
      assertThat(store.exportJsonl(new StringWriter())).isZero();
    }
  }

  @Test
  void splitsAMigrationIntoStatements() {
    assertThat(
            Migrations.statements(
                "-- a comment; here\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
        .containsExactly("CREATE TABLE a (x INT);", "CREATE TABLE b (\n  y INT\n);");
  }

  @Test
  void quotesJsonStrings() {
    assertThat(JsonRows.quoted("a\"b\\c\nd\u0001\u2028"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"");
  }

  private static String at(String needle) {
    return String.valueOf(Articles.TEXT.indexOf(needle));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + db().toAbsolutePath());
  }

  /** The single row the query returns, every value as DuckDB's string form (null stays null). */
  private static List<String> row(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        query.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as("a row from %s", sql).isTrue();
        List<String> values = new ArrayList<>();
        for (int col = 1; col <= rows.getMetaData().getColumnCount(); col++) {
          values.add(rows.getString(col));
        }
        assertThat(rows.next()).as("only one row from %s", sql).isFalse();
        return values;
      }
    }
  }
}
