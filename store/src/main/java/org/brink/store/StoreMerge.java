package org.brink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brink.core.Location;
import org.brink.store.aggregate.Dyad;
import org.brink.store.merge.EventMerger;
import org.brink.store.merge.MentionFacts;
import org.brink.store.merge.MergeConfig;
import org.brink.store.merge.MergedEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The SQL side of the merge: reads counted mentions dyad by dyad, hands them to {@link
 * EventMerger} and writes the events, their links to mentions, the actors table and the merge
 * state. Callers hold the store's lock and run {@link #rebuild} inside a transaction.
 */
final class StoreMerge {
  private StoreMerge() {}

  /**
   * Counted mentions with what the merge needs of their article, ordered so that each dyad's
   * mentions come together. The day falls back from the event date to the publication day to the
   * day the article was stored.
   */
  private static final String COUNTED_MENTIONS =
      "SELECT m.id, m.article_id, m.source_code, m.source_text, m.target_code, m.target_text,"
          + " m.code, m.name, m.quad_class, m.goldstein, m.modality,"
          + " coalesce(m.\"date\", a.published, CAST(a.coded_at AS DATE)) AS day,"
          + " coalesce(a.published, CAST(a.coded_at AS DATE)) AS seen, a.coded_at,"
          + " m.location_name, m.location_country, m.location_admin1, m.lat, m.lon, m.geonames_id,"
          + " m.sentence_index, m.confidence, a.outlet, a.url,"
          + " coalesce(substr(m.source_code, 1, 3), '') AS sc,"
          + " coalesce(substr(m.target_code, 1, 3), '') AS tc"
          + " FROM mentions m JOIN articles a ON a.id = m.article_id"
          + " WHERE m.modality IN ('asserted', 'future')"
          + " ORDER BY sc, tc";

  /**
   * Every actor code seen as a source or target, with its most frequent written form (ties: the
   * first in text order), its distinct written forms, and how many mentions and articles name it.
   */
  private static final String REBUILD_ACTORS =
      "INSERT INTO actors (code, country, name, names, mentions, articles)"
          + " SELECT f.code, substr(f.code, 1, 3), any_value(b.text),"
          + " list_sort(list_distinct(list(f.text))), count(*), count(DISTINCT f.article_id)"
          + " FROM (SELECT source_code AS code, source_text AS text, article_id FROM mentions"
          + " WHERE source_code IS NOT NULL UNION ALL SELECT target_code, target_text, article_id"
          + " FROM mentions WHERE target_code IS NOT NULL) f"
          + " JOIN (SELECT code, text FROM (SELECT code, text, row_number() OVER (PARTITION BY"
          + " code ORDER BY count(*) DESC, text) AS r FROM (SELECT source_code AS code,"
          + " source_text AS text FROM mentions WHERE source_code IS NOT NULL UNION ALL SELECT"
          + " target_code, target_text FROM mentions WHERE target_code IS NOT NULL)"
          + " GROUP BY code, text) WHERE r = 1) b ON b.code = f.code"
          + " GROUP BY f.code";

  /** True when mentions or articles were stored, or the configuration changed, since the merge. */
  static boolean stale(Connection connection, MergeConfig config) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT s.articles, s.mentions, s.config, (SELECT count(*) FROM articles),"
                    + " (SELECT count(*) FROM mentions) FROM merge_state s")) {
      if (!rows.next()) {
        return true;
      }
      return rows.getLong(1) != rows.getLong(4)
          || rows.getLong(2) != rows.getLong(5)
          || !config.key().equals(rows.getString(3));
    }
  }

  /** Replaces the merged tables; returns the number of events. Run inside a transaction. */
  static long rebuild(Connection connection, MergeConfig config) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM event_mentions");
      statement.execute("DELETE FROM events");
      statement.execute("DELETE FROM actors");
      statement.execute("DELETE FROM merge_state");
    }
    EventMerger merger = new EventMerger(config);
    long events = 0;
    // DuckDB's appender writes rows in bulk inside the open transaction, about 50 times faster
    // than batched INSERTs through JDBC; both are closed (flushed) before the commit.
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(COUNTED_MENTIONS);
        DuckDBAppender eventRows = duck.createAppender("events");
        DuckDBAppender links = duck.createAppender("event_mentions")) {
      List<MentionFacts> block = new ArrayList<>();
      String blockKey = null;
      while (rows.next()) {
        String key = rows.getString("sc") + "|" + rows.getString("tc");
        if (!key.equals(blockKey)) {
          events += write(merger.merge(block), eventRows, links);
          block.clear();
          blockKey = key;
        }
        block.add(facts(rows));
      }
      events += write(merger.merge(block), eventRows, links);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(REBUILD_ACTORS);
    }
    try (PreparedStatement state =
        connection.prepareStatement(
            "INSERT INTO merge_state (articles, mentions, config, merged_at) SELECT"
                + " (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), ?, ?")) {
      state.setString(1, config.key());
      state.setObject(2, EventStore.nowUtc());
      state.executeUpdate();
    }
    return events;
  }

  private static MentionFacts facts(ResultSet rows) throws SQLException {
    Location place = place(rows);
    String articleId = rows.getString("article_id");
    String outlet = rows.getString("outlet");
    String url = rows.getString("url");
    return new MentionFacts(
        rows.getString("id"),
        articleId,
        rows.getString("source_code"),
        rows.getString("source_text"),
        rows.getString("target_code"),
        rows.getString("target_text"),
        rows.getString("code"),
        rows.getString("name"),
        rows.getObject("quad_class", Integer.class),
        rows.getObject("goldstein", Double.class),
        rows.getString("modality"),
        rows.getObject("day", LocalDate.class),
        rows.getObject("seen", LocalDate.class),
        rows.getObject("coded_at", LocalDateTime.class),
        place,
        rows.getInt("sentence_index"),
        rows.getDouble("confidence"),
        MentionFacts.sourceKey(outlet, url, articleId),
        url);
  }

  /** Appends events ({@link Rows#EVENTS}) and their links. */
  private static int write(List<MergedEvent> events, DuckDBAppender rows, DuckDBAppender links)
      throws SQLException {
    for (MergedEvent e : events) {
      rows.beginRow();
      @Nullable Object[] row = Rows.event(e);
      for (int c = 0; c < row.length; c++) {
        append(rows, row[c]);
      }
      rows.endRow();
      for (String mention : e.mentionIds()) {
        links.beginRow();
        links.append(mention);
        links.append(e.id());
        links.endRow();
      }
    }
    return events.size();
  }

  /** Appends one value of a {@link Rows} row by its Java type. */
  private static void append(DuckDBAppender rows, @Nullable Object value) throws SQLException {
    switch (value) {
      case null -> rows.appendNull();
      case String s -> rows.append(s);
      case Integer i -> rows.append(i.intValue());
      case Long l -> rows.append(l.longValue());
      case Double d -> rows.append(d.doubleValue());
      case Boolean b -> rows.append(b.booleanValue());
      case LocalDate d -> rows.append(d);
      case LocalDateTime t -> rows.append(t);
      default -> throw new IllegalArgumentException("no column type for " + value.getClass());
    }
  }

  /** Merged events as stored, with their mention ids. */
  static List<MergedEvent> events(
      Connection connection,
      @Nullable Dyad dyad,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int limit)
      throws SQLException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more: " + limit);
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.*, (SELECT string_agg(em.mention_id, chr(10) ORDER BY em.mention_id) FROM"
                + " event_mentions em WHERE em.event_id = e.id) AS mention_ids FROM events e"
                + " WHERE true");
    List<Object> parameters = new ArrayList<>();
    if (dyad != null) {
      sql.append(" AND e.source_country = ? AND e.target_country = ?");
      parameters.add(dyad.source());
      parameters.add(dyad.target());
    }
    if (from != null) {
      sql.append(" AND e.\"day\" >= ?");
      parameters.add(from);
    }
    if (to != null) {
      sql.append(" AND e.\"day\" <= ?");
      parameters.add(to);
    }
    sql.append(" ORDER BY e.\"day\", e.id LIMIT ?");
    parameters.add(limit);
    List<MergedEvent> out = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(event(rows));
        }
      }
    }
    return out;
  }

  private static MergedEvent event(ResultSet rows) throws SQLException {
    Location place = place(rows);
    String ids = rows.getString("mention_ids");
    return new MergedEvent(
        rows.getLong("id"),
        rows.getObject("day", LocalDate.class),
        rows.getString("source_code"),
        rows.getString("source_name"),
        rows.getString("source_country"),
        rows.getString("target_code"),
        rows.getString("target_name"),
        rows.getString("target_country"),
        rows.getString("code"),
        rows.getString("name"),
        rows.getObject("quad_class", Integer.class),
        rows.getObject("goldstein", Double.class),
        rows.getString("modality"),
        rows.getBoolean("is_root"),
        rows.getInt("num_mentions"),
        rows.getInt("num_articles"),
        rows.getInt("num_sources"),
        rows.getObject("first_seen", LocalDate.class),
        rows.getObject("last_seen", LocalDate.class),
        place,
        rows.getDouble("confidence"),
        rows.getString("source_url"),
        rows.getObject("added_at", LocalDateTime.class),
        ids == null ? List.of() : Arrays.asList(ids.split("\n")));
  }

  /** The mentions of one merged event with their sentences and articles, in mention id order. */
  static List<Evidence> evidence(Connection connection, long eventId) throws SQLException {
    List<Evidence> out = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT m.id, m.article_id, a.title, a.published, a.url, a.outlet, m.code, m.modality,"
                + " m.source_text, m.target_text, m.sentence_text, m.trigger_text, m.\"date\""
                + " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
                + " JOIN articles a ON a.id = m.article_id WHERE em.event_id = ? ORDER BY m.id")) {
      query.setLong(1, eventId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          out.add(
              new Evidence(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getObject(4, LocalDate.class),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  rows.getString(10),
                  rows.getString(11),
                  rows.getString(12),
                  rows.getObject(13, LocalDate.class)));
        }
      }
    }
    return out;
  }

  /** The place in a row's location columns, or null. */
  private static @Nullable Location place(ResultSet rows) throws SQLException {
    String name = rows.getString("location_name");
    if (name == null) {
      return null;
    }
    return new Location(
        name,
        rows.getString("location_country"),
        rows.getString("location_admin1"),
        nullableDouble(rows, "lat"),
        nullableDouble(rows, "lon"),
        nullableLong(rows, "geonames_id"));
  }

  private static @Nullable Double nullableDouble(ResultSet rows, String column)
      throws SQLException {
    double v = rows.getDouble(column);
    return rows.wasNull() ? null : v;
  }

  private static @Nullable Long nullableLong(ResultSet rows, String column) throws SQLException {
    long v = rows.getLong(column);
    return rows.wasNull() ? null : v;
  }
}
