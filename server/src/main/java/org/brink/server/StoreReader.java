package org.brink.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The read queries of the API, over the store's tables. Every value from a request is a bind
 * parameter (see {@link Sql}).
 */
final class StoreReader {
  private static final String ARTICLE_COLUMNS =
      "a.id, a.title, CAST(a.published AS VARCHAR) AS published, a.url, a.outlet, a.input,"
          + " a.sentence_count, CAST(a.coded_at AS VARCHAR) AS coded_at,"
          + " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mention_count,"
          + " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count";
  private static final String MENTION_COLUMNS =
      "m.*, a.title AS article_title, CAST(a.published AS VARCHAR) AS article_published,"
          + " a.url AS article_url, a.outlet AS article_outlet";
  private static final String MENTIONS_JOIN = " FROM mentions m JOIN articles a ON a.id = m.article_id";

  private final Database db;
  private final Runnable mergeIfStale;

  /**
   * @param mergeIfStale brings the merged events up to date with the stored mentions; run before
   *     every read of them, since articles may have been stored since the last merge
   */
  StoreReader(Database db, Runnable mergeIfStale) {
    this.db = db;
    this.mergeIfStale = mergeIfStale;
  }

  /** One page of merged events and the number that match. */
  ObjectNode events(EventQuery query) {
    mergeIfStale.run();
    Sql where = query.where(EventQuery.Table.EVENTS);
    String sql = "SELECT e.*" + " FROM events e" + where.where() + query.orderBy(EventQuery.Table.EVENTS) + " LIMIT ? OFFSET ?";
    return db.read(
        c -> page(c, "SELECT count(*) FROM events e" + where.where(), sql, where, query.limit(), query.offset(), EventJson::merged));
  }

  /** One page of mentions and the number that match. */
  ObjectNode mentions(EventQuery query) {
    Sql where = query.where(EventQuery.Table.MENTIONS);
    String sql =
        "SELECT " + MENTION_COLUMNS + MENTIONS_JOIN + where.where() + query.orderBy(EventQuery.Table.MENTIONS) + " LIMIT ? OFFSET ?";
    return db.read(
        c -> page(c, "SELECT count(*)" + MENTIONS_JOIN + where.where(), sql, where, query.limit(), query.offset(), EventJson::mention));
  }

  /**
   * One merged event with its evidence: every mention it was merged from, with the sentence, the
   * spans of source, trigger and target, the article, and the quotes of that sentence.
   */
  Optional<ObjectNode> event(long id) {
    mergeIfStale.run();
    return db.read(
        c -> {
          ObjectNode event = null;
          try (PreparedStatement s = c.prepareStatement("SELECT e.* FROM events e WHERE e.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
              if (rows.next()) {
                event = EventJson.merged(rows);
              }
            }
          }
          if (event == null) {
            return Optional.empty();
          }
          ArrayNode evidence = event.putArray("evidence");
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + MENTION_COLUMNS + MENTIONS_JOIN
                      + " JOIN event_mentions em ON em.mention_id = m.id WHERE em.event_id = ?"
                      + " ORDER BY coalesce(m.\"date\", a.published), m.id")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                evidence.add(EventJson.mention(rows));
              }
            }
          }
          for (var mention : evidence) {
            withQuotes(c, (ObjectNode) mention);
          }
          return Optional.of(event);
        });
  }

  /** One mention with its article, the quotes of its sentence and the merged event it belongs to. */
  Optional<ObjectNode> mention(String id) {
    mergeIfStale.run();
    return db.read(
        c -> {
          ObjectNode mention = null;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + MENTION_COLUMNS + ", (SELECT min(em.event_id) FROM event_mentions em"
                      + " WHERE em.mention_id = m.id) AS event_id" + MENTIONS_JOIN + " WHERE m.id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              if (rows.next()) {
                mention = EventJson.mention(rows);
                long eventId = rows.getLong("event_id");
                if (rows.wasNull()) {
                  mention.putNull("event_id");
                } else {
                  mention.put("event_id", Long.toString(eventId));
                }
              }
            }
          }
          if (mention == null) {
            return Optional.empty();
          }
          withQuotes(c, mention);
          return Optional.of(mention);
        });
  }

  /** Adds {@code quotes}: the quotes that overlap the mention's sentence. */
  private static void withQuotes(Connection c, ObjectNode mention) throws SQLException {
    ArrayNode span = (ArrayNode) mention.get("sentence").get("span");
    mention.set(
        "quotes",
        quotes(c, "q.article_id = ? AND q.\"begin\" < ? AND q.\"end\" > ?",
            List.of(mention.get("article_id").asText(), span.get(1).asInt(), span.get(0).asInt())));
  }

  /** One page of articles, newest first, with their event and quote counts. */
  ObjectNode articles(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to, int limit, int offset) {
    Sql where = new Sql();
    if (text != null) {
      where.add("(strpos(lower(coalesce(a.title, '')), ?) > 0 OR strpos(lower(a.text), ?) > 0)", text, text);
    }
    if (from != null) {
      where.add("a.published >= ?", from);
    }
    if (to != null) {
      where.add("a.published <= ?", to);
    }
    String sql =
        "SELECT " + ARTICLE_COLUMNS + " FROM articles a" + where.where()
            + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?";
    return db.read(
        c -> page(c, "SELECT count(*) FROM articles a" + where.where(), sql, where, limit, offset, EventJson::article));
  }

  /** One article with its text, mentions, quotes and problems. */
  Optional<ObjectNode> article(String id) {
    return db.read(
        c -> {
          ObjectNode article = null;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + ARTICLE_COLUMNS + ", a.text FROM articles a WHERE a.id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              if (rows.next()) {
                article = EventJson.article(rows);
                article.put("text", rows.getString("text"));
              }
            }
          }
          if (article == null) {
            return Optional.empty();
          }
          ArrayNode mentions = article.putArray("mentions");
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + MENTION_COLUMNS + MENTIONS_JOIN
                      + " WHERE m.article_id = ? ORDER BY m.sentence_index, m.trigger_begin, m.id")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                ObjectNode mention = EventJson.mention(rows);
                mention.remove("article");
                mentions.add(mention);
              }
            }
          }
          article.set("quotes", quotes(c, "q.article_id = ?", List.of(id)));
          ArrayNode problems = article.putArray("problems");
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT code, message FROM problems WHERE article_id = ? ORDER BY \"at\", code")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                problems.addObject().put("code", rows.getString(1)).put("message", rows.getString(2));
              }
            }
          }
          return Optional.of(article);
        });
  }

  /** One page of quotes, newest article first. */
  ObjectNode quotes(@Nullable String speaker, @Nullable String article, @Nullable String text,
      @Nullable LocalDate from, @Nullable LocalDate to, int limit, int offset) {
    Sql where = new Sql();
    if (speaker != null) {
      where.add("starts_with(q.speaker_code, ?)", speaker);
    }
    if (article != null) {
      where.add("q.article_id = ?", article);
    }
    if (text != null) {
      where.add(
          "(strpos(lower(q.text), ?) > 0 OR strpos(lower(coalesce(q.speaker_text, '')), ?) > 0"
              + " OR strpos(lower(coalesce(q.speaker_refers_text, '')), ?) > 0)",
          text, text, text);
    }
    if (from != null) {
      where.add("a.published >= ?", from);
    }
    if (to != null) {
      where.add("a.published <= ?", to);
    }
    return db.read(
        c -> {
          long total =
              count(c, "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id" + where.where(), where.binds());
          ArrayNode items = quotes(c, where, " ORDER BY a.published DESC NULLS LAST, q.article_id, q.n LIMIT ? OFFSET ?", limit, offset);
          return page(total, limit, offset, items);
        });
  }

  /**
   * Who acted on whom: nodes are countries ({@code country} level) or actor codes, edges directed
   * source to target with their merged-event count, conflict count and mean Goldstein weight.
   * Only the {@code maxEdges} busiest edges are kept, and the nodes they touch; events without a
   * source or target, and within one country, are left out.
   */
  ObjectNode network(EventQuery filter, boolean countries, int maxEdges) {
    mergeIfStale.run();
    Sql where = filter.where(EventQuery.Table.EVENTS);
    String source = countries ? "e.source_country" : "e.source_code";
    String target = countries ? "e.target_country" : "e.target_code";
    where.add(source + " IS NOT NULL AND " + source + " <> '' AND " + target + " IS NOT NULL AND " + target + " <> ''");
    String sql =
        "SELECT " + source + " AS s, " + target + " AS t, count(*) AS n, avg(e.goldstein) AS g,"
            + " count(*) FILTER (WHERE e.quad_class >= 3) AS conflict FROM events e"
            + where.where()
            + " GROUP BY 1, 2 HAVING s <> t ORDER BY n DESC, s, t LIMIT ?";
    return db.read(
        c -> {
          ObjectNode network = EventJson.NODES.objectNode();
          ArrayNode edges = network.putArray("edges");
          Map<String, long[]> nodes = new TreeMap<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(Sql.bind(s, where.binds()), maxEdges);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                String from = rows.getString("s");
                String to = rows.getString("t");
                long n = rows.getLong("n");
                edges.addObject()
                    .put("source", from)
                    .put("target", to)
                    .put("events", n)
                    .put("conflict_events", rows.getLong("conflict"))
                    .put("mean_goldstein", Math.round(rows.getDouble("g") * 100) / 100.0);
                nodes.computeIfAbsent(from, k -> new long[2])[0] += n;
                nodes.computeIfAbsent(to, k -> new long[2])[1] += n;
              }
            }
          }
          ArrayNode nodeArray = network.putArray("nodes");
          nodes.forEach(
              (code, counts) ->
                  nodeArray.addObject().put("id", code).put("as_source", counts[0]).put("as_target", counts[1]));
          return network;
        });
  }

  /** Row counts of the store's tables. */
  ObjectNode counts() {
    mergeIfStale.run();
    return db.read(
        c -> {
          ObjectNode counts = EventJson.NODES.objectNode();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                          + " (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes),"
                          + " (SELECT count(*) FROM problems),"
                          + " (SELECT CAST(min(\"day\") AS VARCHAR) FROM events),"
                          + " (SELECT CAST(max(\"day\") AS VARCHAR) FROM events)");
              ResultSet rows = s.executeQuery()) {
            rows.next();
            counts.put("articles", rows.getLong(1));
            counts.put("events", rows.getLong(2));
            counts.put("mentions", rows.getLong(3));
            counts.put("quotes", rows.getLong(4));
            counts.put("problems", rows.getLong(5));
            counts.put("first_day", rows.getString(6));
            counts.put("last_day", rows.getString(7));
          }
          return counts;
        });
  }

  private static ArrayNode quotes(Connection c, String condition, List<Object> binds) throws SQLException {
    Sql where = new Sql().add(condition, binds.toArray());
    return quotes(c, where, " ORDER BY q.article_id, q.n", -1, 0);
  }

  private static ArrayNode quotes(Connection c, Sql where, String tail, int limit, int offset) throws SQLException {
    ArrayNode items = EventJson.NODES.arrayNode();
    String sql =
        "SELECT q.*, a.title AS article_title, CAST(a.published AS VARCHAR) AS article_published"
            + " FROM quotes q JOIN articles a ON a.id = q.article_id"
            + where.where()
            + tail;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int next = Sql.bind(s, where.binds());
      if (limit >= 0) {
        s.setInt(next, limit);
        s.setInt(next + 1, offset);
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          items.add(EventJson.quote(rows));
        }
      }
    }
    return items;
  }

  private static long count(Connection c, String sql, List<Object> binds) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Sql.bind(s, binds);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** A row of a result as JSON. */
  private interface RowJson {
    ObjectNode of(ResultSet row) throws SQLException;
  }

  private static ObjectNode page(
      Connection c, String countSql, String pageSql, Sql where, int limit, int offset, RowJson json)
      throws SQLException {
    long total = count(c, countSql, where.binds());
    ArrayNode items = EventJson.NODES.arrayNode();
    try (PreparedStatement s = c.prepareStatement(pageSql)) {
      int next = Sql.bind(s, where.binds());
      s.setInt(next, limit);
      s.setInt(next + 1, offset);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          items.add(json.of(rows));
        }
      }
    }
    return page(total, limit, offset, items);
  }

  private static ObjectNode page(long total, int limit, int offset, ArrayNode items) {
    ObjectNode page = EventJson.NODES.objectNode();
    page.put("total", total);
    page.put("limit", limit);
    page.put("offset", offset);
    page.set("items", items);
    return page;
  }

}
