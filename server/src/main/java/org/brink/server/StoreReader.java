package org.brink.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The read queries of the API, over the store's tables. Every value from a request is a bind
 * parameter (see {@link Sql}).
 */
final class StoreReader {
  private static final String EVENT_COLUMNS =
      "e.*, a.title AS article_title, CAST(a.published AS VARCHAR) AS article_published,"
          + " a.url AS article_url, a.outlet AS article_outlet";
  private static final String EVENTS_JOIN = " FROM events e JOIN articles a ON a.id = e.article_id";

  private final Database db;

  StoreReader(Database db) {
    this.db = db;
  }

  /** One page of events and the number of events that match. */
  ObjectNode events(EventQuery query) {
    Sql where = query.where();
    return db.read(
        c -> {
          long total = count(c, "SELECT count(*)" + EVENTS_JOIN + where.where(), where.binds());
          ArrayNode items = EventJson.NODES.arrayNode();
          String sql =
              "SELECT " + EVENT_COLUMNS + EVENTS_JOIN + where.where() + query.orderBy() + " LIMIT ? OFFSET ?";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            int next = Sql.bind(s, where.binds());
            s.setInt(next, query.limit());
            s.setInt(next + 1, query.offset());
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                items.add(EventJson.event(rows));
              }
            }
          }
          return page(total, query.limit(), query.offset(), items);
        });
  }

  /**
   * One event with its evidence: the event, then every mention of it (today one: the sentence it
   * was coded from), each with the article it comes from and the quotes of that sentence.
   */
  Optional<ObjectNode> event(String id) {
    return db.read(
        c -> {
          ObjectNode event = null;
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + EVENT_COLUMNS + EVENTS_JOIN + " WHERE e.id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              if (rows.next()) {
                event = EventJson.event(rows);
              }
            }
          }
          if (event == null) {
            return Optional.empty();
          }
          ArrayNode evidence = event.putArray("evidence");
          ObjectNode mention = evidence.addObject();
          mention.set("article", event.get("article"));
          mention.set("sentence", event.get("sentence"));
          mention.set("source", event.get("source"));
          mention.set("trigger", event.get("trigger"));
          mention.set("target", event.get("target"));
          mention.put("modality", event.get("modality").asText());
          mention.put("rule", event.get("rule").asText());
          mention.put("confidence", event.get("confidence").asDouble());
          ArrayNode span = (ArrayNode) event.get("sentence").get("span");
          mention.set(
              "quotes",
              quotes(c, "q.article_id = ? AND q.\"begin\" < ? AND q.\"end\" > ?",
                  List.of(event.get("article_id").asText(), span.get(1).asInt(), span.get(0).asInt())));
          return Optional.of(event);
        });
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
    return db.read(
        c -> {
          long total = count(c, "SELECT count(*) FROM articles a" + where.where(), where.binds());
          ArrayNode items = EventJson.NODES.arrayNode();
          String sql =
              "SELECT a.id, a.title, CAST(a.published AS VARCHAR) AS published, a.url, a.outlet,"
                  + " a.input, a.sentence_count, CAST(a.coded_at AS VARCHAR) AS coded_at,"
                  + " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count,"
                  + " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count"
                  + " FROM articles a"
                  + where.where()
                  + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            int next = Sql.bind(s, where.binds());
            s.setInt(next, limit);
            s.setInt(next + 1, offset);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                items.add(EventJson.article(rows));
              }
            }
          }
          return page(total, limit, offset, items);
        });
  }

  /** One article with its text, events, quotes and problems. */
  Optional<ObjectNode> article(String id) {
    return db.read(
        c -> {
          ObjectNode article = null;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT a.id, a.title, CAST(a.published AS VARCHAR) AS published, a.url,"
                      + " a.outlet, a.input, a.sentence_count, CAST(a.coded_at AS VARCHAR) AS"
                      + " coded_at, a.text,"
                      + " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count,"
                      + " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count"
                      + " FROM articles a WHERE a.id = ?")) {
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
          ArrayNode events = article.putArray("events");
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + EVENT_COLUMNS + EVENTS_JOIN
                      + " WHERE e.article_id = ? ORDER BY e.sentence_index, e.trigger_begin, e.id")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                ObjectNode event = EventJson.event(rows);
                event.remove("article");
                events.add(event);
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
      where.add("(strpos(lower(q.text), ?) > 0 OR strpos(lower(coalesce(q.speaker_text, '')), ?) > 0)", text, text);
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
   * The pairs of countries (the first three letters of actor codes) with events between them, in
   * either direction, most events first.
   */
  ArrayNode dyads(@Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    Sql where = dated(from, to);
    where.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL");
    where.add("left(e.source_code, 3) <> left(e.target_code, 3)");
    String sql =
        "SELECT least(left(e.source_code, 3), left(e.target_code, 3)) AS side_a,"
            + " greatest(left(e.source_code, 3), left(e.target_code, 3)) AS side_b,"
            + " count(*) AS events, count(*) FILTER (WHERE e.quad_class >= 3) AS conflict"
            + EVENTS_JOIN + where.where()
            + " GROUP BY 1, 2 ORDER BY events DESC, side_a, side_b LIMIT ?";
    return db.read(
        c -> {
          ArrayNode items = EventJson.NODES.arrayNode();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(Sql.bind(s, where.binds()), limit);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                items.addObject()
                    .put("dyad", rows.getString("side_a") + "-" + rows.getString("side_b"))
                    .put("a", rows.getString("side_a"))
                    .put("b", rows.getString("side_b"))
                    .put("events", rows.getLong("events"))
                    .put("conflict_events", rows.getLong("conflict"));
              }
            }
          }
          return items;
        });
  }

  /**
   * Who acted on whom in a period: nodes are actor codes cut to {@code codeLength} characters (3:
   * countries), edges directed source to target with their event count and mean Goldstein weight.
   * Only the {@code maxEdges} busiest edges are kept, and the nodes they touch.
   */
  ObjectNode network(EventQuery filter, int codeLength, int maxEdges) {
    Sql where = filter.where();
    where.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL");
    String sql =
        "SELECT left(e.source_code, ?) AS s, left(e.target_code, ?) AS t, count(*) AS n,"
            + " avg(e.goldstein) AS g, count(*) FILTER (WHERE e.quad_class >= 3) AS conflict"
            + EVENTS_JOIN + where.where()
            + " GROUP BY s, t HAVING s <> t ORDER BY n DESC, s, t LIMIT ?";
    return db.read(
        c -> {
          ObjectNode network = EventJson.NODES.objectNode();
          ArrayNode edges = network.putArray("edges");
          java.util.Map<String, long[]> nodes = new java.util.TreeMap<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, codeLength);
            s.setInt(2, codeLength);
            List<Object> binds = where.binds();
            for (int i = 0; i < binds.size(); i++) {
              s.setObject(3 + i, binds.get(i));
            }
            s.setInt(3 + binds.size(), maxEdges);
            try (ResultSet rows = s.executeQuery()) {
              while (rows.next()) {
                String source = rows.getString("s");
                String target = rows.getString("t");
                long n = rows.getLong("n");
                edges.addObject()
                    .put("source", source)
                    .put("target", target)
                    .put("events", n)
                    .put("conflict_events", rows.getLong("conflict"))
                    .put("mean_goldstein", Math.round(rows.getDouble("g") * 100) / 100.0);
                nodes.computeIfAbsent(source, k -> new long[2])[0] += n;
                nodes.computeIfAbsent(target, k -> new long[2])[1] += n;
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
    return db.read(
        c -> {
          ObjectNode counts = EventJson.NODES.objectNode();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
                          + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM problems),"
                          + " (SELECT CAST(min(coalesce(e.\"date\", a.published)) AS VARCHAR)" + EVENTS_JOIN + "),"
                          + " (SELECT CAST(max(coalesce(e.\"date\", a.published)) AS VARCHAR)" + EVENTS_JOIN + ")");
              ResultSet rows = s.executeQuery()) {
            rows.next();
            counts.put("articles", rows.getLong(1));
            counts.put("events", rows.getLong(2));
            counts.put("quotes", rows.getLong(3));
            counts.put("problems", rows.getLong(4));
            counts.put("first_day", rows.getString(5));
            counts.put("last_day", rows.getString(6));
          }
          return counts;
        });
  }

  private static Sql dated(@Nullable LocalDate from, @Nullable LocalDate to) {
    Sql where = new Sql();
    if (from != null) {
      where.add("coalesce(e.\"date\", a.published) >= ?", from);
    }
    if (to != null) {
      where.add("coalesce(e.\"date\", a.published) <= ?", to);
    }
    return where;
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

  private static ObjectNode page(long total, int limit, int offset, ArrayNode items) {
    ObjectNode page = EventJson.NODES.objectNode();
    page.put("total", total);
    page.put("limit", limit);
    page.put("offset", offset);
    page.set("items", items);
    return page;
  }

}
