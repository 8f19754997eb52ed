package org.brink.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.brink.store.Aggregates;
import org.brink.store.aggregate.Alert;
import org.brink.store.aggregate.AlertConfig;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.DyadActivity;
import org.brink.store.aggregate.EscalationPoint;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.Ranking;
import org.brink.store.aggregate.SeriesPoint;

/**
 * The dyad endpoints, as JSON over the store's {@link Aggregates}: rankings, a dyad's timeline
 * (series and escalation index) and alerts. The aggregation itself is the store's; this class
 * checks parameters and writes JSON.
 */
final class DyadViews {
  /** A dyad side in a path: a country code, or {@code ---} for no actor. */
  private static final Pattern SIDE = Pattern.compile("[A-Za-z0-9]{3}|---");

  private final Aggregates aggregates;

  DyadViews(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  static Dyad dyad(String source, String target) {
    Params.checked("source", source, SIDE, "a country code of three letters or digits, or ---");
    Params.checked("target", target, SIDE, "a country code of three letters or digits, or ---");
    return Dyad.of(source, target);
  }

  /** Directed dyads, most active (or most changed) first. */
  ObjectNode ranking(Params p) {
    Ranking ranking = Ranking.valueOf(p.choice("ranking", List.of("activity", "change"), "activity").toUpperCase(Locale.ROOT));
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    int limit = p.integer("limit", 1, EventQuery.MAX_LIMIT, 50);
    ObjectNode result = EventJson.NODES.objectNode();
    result.put("ranking", ranking.name().toLowerCase(Locale.ROOT));
    ArrayNode items = result.putArray("items");
    for (DyadActivity a : aggregates.dyads(ranking, limit, from, to)) {
      ObjectNode item = items.addObject();
      side(item, a.dyad());
      item.put("events", a.events());
      item.put("conflict_events", a.conflictEvents());
      item.put("goldstein_sum", round(a.goldsteinSum()));
      item.put("previous_events", a.previousEvents());
      item.put("change", a.change());
    }
    return result;
  }

  /** A dyad's series by day or week, and its daily escalation index with baseline and alerts. */
  ObjectNode timeline(Dyad dyad, Params p) {
    Granularity granularity = Granularity.valueOf(p.choice("granularity", List.of("day", "week"), "day").toUpperCase(Locale.ROOT));
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    AlertConfig config = alertConfig(p);
    ObjectNode result = EventJson.NODES.objectNode();
    side(result, dyad);
    result.put("granularity", granularity.name().toLowerCase(Locale.ROOT));
    ArrayNode series = result.putArray("series");
    List<SeriesPoint> points;
    List<EscalationPoint> scores;
    try {
      points = aggregates.series(dyad, granularity, from, to);
      scores = aggregates.escalation(dyad, from, to, config);
    } catch (IllegalArgumentException e) {
      // The store refuses a range longer than it serves (a mistyped year).
      throw ApiException.badParameter("from", e.getMessage());
    }
    for (SeriesPoint s : points) {
      series.addObject()
          .put("period", s.period().toString())
          .put("events", s.events())
          .put("verbal_cooperation", s.verbalCooperation())
          .put("material_cooperation", s.materialCooperation())
          .put("verbal_conflict", s.verbalConflict())
          .put("material_conflict", s.materialConflict())
          .put("goldstein_sum", round(s.goldsteinSum()))
          .put("goldstein_mean", round(s.goldsteinMean()))
          .put("mentions", s.mentions())
          .put("escalation", round(s.escalation()));
    }
    ArrayNode escalation = result.putArray("escalation");
    for (EscalationPoint e : scores) {
      ObjectNode point = escalation.addObject();
      point.put("day", e.day().toString());
      point.put("index", round(e.index()));
      EventJson.putFinite(point, "baseline_median", round(e.baselineMedian()));
      EventJson.putFinite(point, "baseline_scale", round(e.baselineScale()));
      EventJson.putFinite(point, "z", round(e.z()));
      point.put("alert", e.alert());
    }
    return result;
  }

  /** Days on which a dyad's escalation index reached the threshold; of one dyad or of all. */
  ObjectNode alerts(Params p) {
    String source = p.text("source");
    String target = p.text("target");
    if (source != null) {
      Params.checked("source", source, SIDE, "a country code of three letters or digits, or ---");
    }
    if (target != null) {
      Params.checked("target", target, SIDE, "a country code of three letters or digits, or ---");
    }
    if ((source == null) != (target == null)) {
      throw ApiException.badParameter(source == null ? "source" : "target", "give source and target together, or neither");
    }
    Dyad dyad = source == null || target == null ? null : dyad(source, target);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    AlertConfig config = alertConfig(p);
    int limit = p.integer("limit", 1, EventQuery.MAX_LIMIT, 100);
    List<Alert> alerts = aggregates.alerts(dyad, from, to, config);
    ObjectNode result = EventJson.NODES.objectNode();
    result.put("total", alerts.size());
    result.put("threshold", config.threshold());
    result.put("baseline_days", config.baselineDays());
    ArrayNode items = result.putArray("items");
    // Newest first: the list is in day order.
    for (int i = alerts.size() - 1; i >= 0 && items.size() < limit; i--) {
      Alert a = alerts.get(i);
      ObjectNode item = items.addObject();
      side(item, a.dyad());
      item.put("day", a.day().toString());
      item.put("index", round(a.index()));
      EventJson.putFinite(item, "baseline_median", round(a.baselineMedian()));
      EventJson.putFinite(item, "baseline_scale", round(a.baselineScale()));
      EventJson.putFinite(item, "z", round(a.z()));
      item.put("events", a.events());
    }
    return result;
  }

  private static AlertConfig alertConfig(Params p) {
    AlertConfig d = AlertConfig.DEFAULT;
    Double threshold = p.number("threshold", 0.5, 50);
    return new AlertConfig(
        p.integer("baseline_days", 7, 366, d.baselineDays()),
        threshold == null ? d.threshold() : threshold,
        d.minScale(),
        d.minHistoryDays());
  }

  private static void side(ObjectNode node, Dyad dyad) {
    node.put("dyad", dyad.toString());
    node.put("source", dyad.source().isEmpty() ? "---" : dyad.source());
    node.put("target", dyad.target().isEmpty() ? "---" : dyad.target());
  }

  private static double round(double value) {
    return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : value;
  }
}
