package org.brink.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;


/**
 * Rows of the store as JSON. A mention has the shape of an event of the output contract
 * (docs/output-format.md): {@code code}, {@code source {code, text, span}}, {@code sentence
 * {index, text, span}}, ...; a merged event the columns of the {@code events} table, grouped.
 */
final class EventJson {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventJson() {}

  /** A mention from a row of {@code mentions m} joined with the article columns {@code article_*}. */
  static ObjectNode mention(ResultSet row) throws SQLException {
    ObjectNode event = NODES.objectNode();
    event.put("id", row.getString("id"));
    event.put("article_id", row.getString("article_id"));
    event.put("code", row.getString("code"));
    event.put("root", row.getString("root"));
    event.put("name", row.getString("name"));
    event.put("quad_class", row.getObject("quad_class", Integer.class));
    event.put("goldstein", row.getObject("goldstein", Double.class));
    String category = row.getString("plover_category");
    if (category == null) {
      event.putNull("plover");
    } else {
      ObjectNode plover = event.putObject("plover");
      plover.put("category", category);
      plover.put("mode", row.getString("plover_mode"));
      plover.put("context", row.getString("plover_context"));
    }
    event.put("modality", row.getString("modality"));
    actor(event, "source", row);
    actor(event, "target", row);
    event.put("date", row.getString("date"));
    event.put("date_basis", row.getString("date_basis"));
    location(event, row);
    ObjectNode sentence = event.putObject("sentence");
    sentence.put("index", row.getInt("sentence_index"));
    sentence.put("text", row.getString("sentence_text"));
    sentence.set("span", span(row.getInt("sentence_begin"), row.getInt("sentence_end")));
    ObjectNode trigger = event.putObject("trigger");
    trigger.put("text", row.getString("trigger_text"));
    trigger.set("span", span(row.getInt("trigger_begin"), row.getInt("trigger_end")));
    event.put("rule", row.getString("rule"));
    event.put("confidence", row.getDouble("confidence"));
    ObjectNode article = event.putObject("article");
    article.put("id", row.getString("article_id"));
    article.put("title", row.getString("article_title"));
    article.put("published", row.getString("article_published"));
    article.put("url", row.getString("article_url"));
    article.put("outlet", row.getString("article_outlet"));
    return event;
  }

  /** A quote from a row of {@code quotes q} joined with {@code article_title}, {@code article_published}. */
  static ObjectNode quote(ResultSet row) throws SQLException {
    ObjectNode quote = NODES.objectNode();
    quote.put("article_id", row.getString("article_id"));
    quote.put("n", row.getInt("n"));
    quote.put("text", row.getString("text"));
    quote.set("span", span(row.getInt("begin"), row.getInt("end")));
    String speaker = row.getString("speaker_text");
    if (speaker == null) {
      quote.putNull("speaker");
    } else {
      ObjectNode s = quote.putObject("speaker");
      s.put("text", speaker);
      s.put("code", row.getString("speaker_code"));
      s.set("span", span(row.getInt("speaker_begin"), row.getInt("speaker_end")));
      String refersTo = row.getString("speaker_refers_text");
      if (refersTo == null) {
        s.putNull("refers_to");
      } else {
        ObjectNode r = s.putObject("refers_to");
        r.put("text", refersTo);
        r.set("span", span(row.getInt("speaker_refers_begin"), row.getInt("speaker_refers_end")));
      }
    }
    ObjectNode article = quote.putObject("article");
    article.put("id", row.getString("article_id"));
    article.put("title", row.getString("article_title"));
    article.put("published", row.getString("article_published"));
    return quote;
  }

  /** An article's metadata from a row of {@code articles}, with {@code mention_count}, {@code quote_count}. */
  static ObjectNode article(ResultSet row) throws SQLException {
    ObjectNode article = NODES.objectNode();
    article.put("id", row.getString("id"));
    article.put("title", row.getString("title"));
    article.put("published", row.getString("published"));
    article.put("url", row.getString("url"));
    article.put("outlet", row.getString("outlet"));
    article.put("input", row.getString("input"));
    article.put("sentence_count", row.getInt("sentence_count"));
    article.put("coded_at", row.getString("coded_at"));
    article.put("mention_count", row.getLong("mention_count"));
    article.put("quote_count", row.getLong("quote_count"));
    return article;
  }

  /**
   * A merged event from a row of {@code events e}: who (code, name, country), what (CAMEO code
   * with its name, QuadClass, Goldstein), when ({@code day}, first and last seen), how often
   * (mentions, articles, outlets).
   */
  static ObjectNode merged(ResultSet row) throws SQLException {
    ObjectNode event = NODES.objectNode();
    // A 63-bit number: written as a string, which JavaScript reads without rounding.
    event.put("id", Long.toString(row.getLong("id")));
    event.put("day", row.getString("day"));
    for (String role : new String[] {"source", "target"}) {
      String country = row.getString(role + "_country");
      if (row.getString(role + "_code") == null && (country == null || country.isEmpty())) {
        event.putNull(role);
      } else {
        ObjectNode actor = event.putObject(role);
        actor.put("code", row.getString(role + "_code"));
        actor.put("name", row.getString(role + "_name"));
        actor.put("country", country);
      }
    }
    event.put("code", row.getString("code"));
    event.put("root", row.getString("root"));
    event.put("name", row.getString("name"));
    event.put("quad_class", row.getObject("quad_class", Integer.class));
    event.put("goldstein", row.getObject("goldstein", Double.class));
    event.put("modality", row.getString("modality"));
    event.put("is_root", row.getBoolean("is_root"));
    event.put("num_mentions", row.getInt("num_mentions"));
    event.put("num_articles", row.getInt("num_articles"));
    event.put("num_sources", row.getInt("num_sources"));
    event.put("first_seen", row.getString("first_seen"));
    event.put("last_seen", row.getString("last_seen"));
    location(event, row);
    event.put("confidence", Math.round(row.getDouble("confidence") * 1000) / 1000.0);
    event.put("source_url", row.getString("source_url"));
    return event;
  }

  private static void location(ObjectNode event, ResultSet row) throws SQLException {
    String place = row.getString("location_name");
    if (place == null) {
      event.putNull("location");
      return;
    }
    ObjectNode location = event.putObject("location");
    location.put("name", place);
    location.put("country", row.getString("location_country"));
    location.put("admin1", row.getString("location_admin1"));
    putDouble(location, "lat", row, "lat");
    putDouble(location, "lon", row, "lon");
    long geonames = row.getLong("geonames_id");
    if (row.wasNull()) {
      location.putNull("geonames_id");
    } else {
      location.put("geonames_id", geonames);
    }
  }

  /** A number, or null for NaN and infinities (JSON has neither). */
  static void putFinite(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  static ArrayNode span(int begin, int end) {
    return NODES.arrayNode().add(begin).add(end);
  }

  private static void actor(ObjectNode event, String role, ResultSet row) throws SQLException {
    String code = row.getString(role + "_code");
    String text = row.getString(role + "_text");
    if (code == null && text == null) {
      event.putNull(role);
      return;
    }
    ObjectNode actor = event.putObject(role);
    actor.put("code", code);
    actor.put("text", text);
    actor.set("span", span(row.getInt(role + "_begin"), row.getInt(role + "_end")));
  }

  private static void putDouble(ObjectNode node, String key, ResultSet row, String column)
      throws SQLException {
    double value = row.getDouble(column);
    putFinite(node, key, row.wasNull() ? Double.NaN : value);
  }

}
