package org.brink.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.brink.store.aggregate.Alert;
import org.brink.store.aggregate.AlertConfig;
import org.brink.store.aggregate.Baseline;
import org.brink.store.aggregate.Dyad;
import org.brink.store.aggregate.DyadActivity;
import org.brink.store.aggregate.EscalationPoint;
import org.brink.store.aggregate.Granularity;
import org.brink.store.aggregate.Ranking;
import org.brink.store.aggregate.SeriesPoint;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates over a store's merged events (asserted and future only, since only those are merged):
 * dyad × day and week series, the escalation index with its baseline, alerts, and dyad rankings.
 * Every query first brings the merged events up to date ({@link EventStore#mergeIfStale()}).
 *
 * <pre>{@code
 * Aggregates aggregates = store.aggregates();
 * List<SeriesPoint> weeks = aggregates.series(Dyad.of("USA", "IRN"), Granularity.WEEK, null, null);
 * List<Alert> alerts = aggregates.alerts(null, from, to, AlertConfig.DEFAULT);
 * }</pre>
 *
 * <p>Dates are inclusive. A null {@code from} or {@code to} means the first or last day with a
 * merged event (of the dyad, for a dyad's series). Series are zero-filled: every period between
 * the bounds has its point. Thread-safe: queries run under the store's lock.
 */
public final class Aggregates {
  /** The longest series returned, in periods, so a mistyped year cannot fill memory. */
  static final int MAX_PERIODS = 40_000;

  /**
   * Rankings and alerts over all dyads leave out events with one actor only: "Iran condemned the
   * attack" has no counterpart to form a dyad with. A series of such a one-sided "dyad" can still
   * be asked for by name ({@code IRN ---}).
   */
  private static final String BOTH_SIDES = "source_country <> '' AND target_country <> ''";

  private final EventStore store;

  Aggregates(EventStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The first and last day with a merged event, of one dyad or (null) of the whole store. */
  public Optional<DateRange> range(@Nullable Dyad dyad) {
    List<Object> parameters = new ArrayList<>();
    String where = dyadFilter(dyad, parameters);
    List<DateRange> rows =
        store.query(
            "SELECT min(\"day\"), max(\"day\") FROM events WHERE " + where,
            parameters,
            row -> {
              LocalDate first = row.getObject(1, LocalDate.class);
              LocalDate last = row.getObject(2, LocalDate.class);
              return first == null || last == null ? null : new DateRange(first, last);
            });
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  /**
   * A dyad's series: one point per day or ISO week from {@code from} to {@code to}, periods without
   * events included. Empty when the dyad has no merged event and no bounds are given.
   */
  public List<SeriesPoint> series(
      Dyad dyad, Granularity granularity, @Nullable LocalDate from, @Nullable LocalDate to) {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(granularity, "granularity");
    Optional<DateRange> bounds = bounds(dyad, from, to);
    if (bounds.isEmpty()) {
      return List.of();
    }
    LocalDate first = bounds.get().first();
    LocalDate last = bounds.get().last();
    return fold(daily(dyad, first, last), granularity, first, last);
  }

  /**
   * A dyad's daily escalation index from {@code from} to {@code to}, each day scored against the
   * {@link AlertConfig#baselineDays()} days before it (see {@link Baseline}).
   */
  public List<EscalationPoint> escalation(
      Dyad dyad, @Nullable LocalDate from, @Nullable LocalDate to, AlertConfig config) {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(config, "config");
    Optional<DateRange> history = range(dyad);
    Optional<DateRange> bounds = bounds(dyad, from, to);
    if (history.isEmpty() || bounds.isEmpty()) {
      return List.of();
    }
    return scored(dyad, history.get().first(), bounds.get(), config);
  }

  /**
   * Days from {@code from} to {@code to} on which a dyad's escalation index reached the alert
   * threshold against its own baseline; of one dyad, or of every dyad with two sides when {@code
   * dyad} is null.
   * Ordered by day, then by z-score (highest first), then dyad.
   */
  public List<Alert> alerts(
      @Nullable Dyad dyad, @Nullable LocalDate from, @Nullable LocalDate to, AlertConfig config) {
    Objects.requireNonNull(config, "config");
    List<Dyad> dyads = dyad == null ? dyads() : List.of(dyad);
    List<Alert> alerts = new ArrayList<>();
    for (Dyad d : dyads) {
      Optional<DateRange> history = range(d);
      if (history.isEmpty()) {
        continue;
      }
      LocalDate first = from != null ? from : history.get().first();
      LocalDate last = to != null ? to : history.get().last();
      if (last.isBefore(first)) {
        continue;
      }
      List<EscalationPoint> points =
          scored(d, history.get().first(), new DateRange(first, last), config);
      List<SeriesPoint> days = daily(d, first, last);
      for (int i = 0; i < points.size(); i++) {
        EscalationPoint p = points.get(i);
        if (p.alert()) {
          alerts.add(
              new Alert(
                  d,
                  p.day(),
                  p.index(),
                  p.baselineMedian(),
                  p.baselineScale(),
                  p.z(),
                  days.get(i).events()));
        }
      }
    }
    alerts.sort(
        Comparator.comparing(Alert::day)
            .thenComparing(Comparator.comparingDouble(Alert::z).reversed())
            .thenComparing(Alert::dyad));
    return alerts;
  }

  /**
   * The most active dyads (with two sides) from {@code from} to {@code to}, or those whose activity changed most
   * from the period of the same length just before. Without bounds, {@link Ranking#ACTIVITY}
   * covers the whole store and {@link Ranking#CHANGE} the last 7 days with a merged event against
   * the 7 before.
   */
  public List<DyadActivity> dyads(
      Ranking ranking, int limit, @Nullable LocalDate from, @Nullable LocalDate to) {
    Objects.requireNonNull(ranking, "ranking");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Optional<DateRange> all = range(null);
    if (all.isEmpty()) {
      return List.of();
    }
    LocalDate last = to != null ? to : all.get().last();
    LocalDate first =
        from != null
            ? from
            : ranking == Ranking.CHANGE ? last.minusDays(6) : all.get().first();
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("--from " + first + " is after --to " + last);
    }
    long length = ChronoUnit.DAYS.between(first, last) + 1;
    LocalDate previousFirst = first.minusDays(length);
    LocalDate previousLast = first.minusDays(1);
    List<DyadActivity> rows =
        store.query(
            "SELECT source_country, target_country,"
                + " count(*) FILTER (WHERE \"day\" >= ?),"
                + " count(*) FILTER (WHERE \"day\" >= ? AND quad_class >= 3),"
                + " coalesce(sum(goldstein) FILTER (WHERE \"day\" >= ?), 0),"
                + " count(*) FILTER (WHERE \"day\" < ?)"
                + " FROM events WHERE \"day\" BETWEEN ? AND ? AND quad_class IS NOT NULL AND " + BOTH_SIDES
                + " GROUP BY source_country, target_country",
            List.of(first, first, first, first, previousFirst, last),
            row -> {
              long events = row.getLong(3);
              long previous = row.getLong(6);
              return new DyadActivity(
                  new Dyad(row.getString(1), row.getString(2)),
                  events,
                  row.getLong(4),
                  row.getDouble(5),
                  previous,
                  events - previous);
            });
    Comparator<DyadActivity> order =
        ranking == Ranking.ACTIVITY
            ? Comparator.comparingLong(DyadActivity::events)
                .reversed()
                .thenComparing(Comparator.comparingLong(DyadActivity::conflictEvents).reversed())
            : Comparator.comparingLong((DyadActivity a) -> Math.abs(a.change()))
                .reversed()
                .thenComparing(Comparator.comparingLong(DyadActivity::events).reversed());
    List<DyadActivity> sorted = new ArrayList<>(rows);
    if (ranking == Ranking.ACTIVITY) {
      sorted.removeIf(a -> a.events() == 0);
    } else {
      sorted.removeIf(a -> a.change() == 0);
    }
    sorted.sort(order.thenComparing(DyadActivity::dyad));
    return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
  }

  /** Every dyad with a merged event that names both sides, in order. */
  public List<Dyad> dyads() {
    return store.query(
        "SELECT DISTINCT source_country, target_country FROM events WHERE " + BOTH_SIDES
            + " ORDER BY 1, 2",
        List.of(),
        row -> new Dyad(row.getString(1), row.getString(2)));
  }

  /** First and last day, inclusive. */
  public record DateRange(LocalDate first, LocalDate last) {
    public DateRange {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("range ends before it starts: " + first + " " + last);
      }
    }
  }

  private Optional<DateRange> bounds(
      Dyad dyad, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null) {
      return Optional.of(checked(from, to));
    }
    Optional<DateRange> data = range(dyad);
    if (data.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = from != null ? from : data.get().first();
    LocalDate last = to != null ? to : data.get().last();
    if (last.isBefore(first)) {
      return Optional.empty();
    }
    return Optional.of(checked(first, last));
  }

  private static DateRange checked(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("from " + first + " is after to " + last);
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_PERIODS) {
      throw new IllegalArgumentException(
          "a series spans at most " + MAX_PERIODS + " days: " + first + " to " + last);
    }
    return new DateRange(first, last);
  }

  private List<EscalationPoint> scored(
      Dyad dyad, LocalDate historyStart, DateRange bounds, AlertConfig config) {
    LocalDate start = bounds.first().minusDays(config.baselineDays());
    List<SeriesPoint> days = daily(dyad, start, bounds.last());
    List<EscalationPoint> scored = Baseline.score(days, historyStart, config);
    return scored.subList(config.baselineDays(), scored.size());
  }

  /** Zero-filled daily points of a dyad from {@code first} to {@code last}. */
  private List<SeriesPoint> daily(Dyad dyad, LocalDate first, LocalDate last) {
    List<SeriesPoint> found =
        store.query(
            "SELECT \"day\", count(*), count(*) FILTER (WHERE quad_class = 1),"
                + " count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3),"
                + " count(*) FILTER (WHERE quad_class = 4), sum(goldstein), sum(num_mentions)"
                + " FROM events WHERE source_country = ? AND target_country = ?"
                + " AND \"day\" BETWEEN ? AND ? AND quad_class IS NOT NULL"
                + " GROUP BY \"day\" ORDER BY \"day\"",
            List.of(dyad.source(), dyad.target(), first, last),
            row -> {
              long events = row.getLong(2);
              double sum = row.getDouble(7);
              return new SeriesPoint(
                  row.getObject(1, LocalDate.class),
                  events,
                  row.getLong(3),
                  row.getLong(4),
                  row.getLong(5),
                  row.getLong(6),
                  sum,
                  sum / events,
                  row.getLong(8));
            });
    return fold(found, Granularity.DAY, first, last);
  }

  /** Sums points into periods and fills the periods without events, from first to last. */
  static List<SeriesPoint> fold(
      List<SeriesPoint> points, Granularity granularity, LocalDate first, LocalDate last) {
    Map<LocalDate, SeriesPoint> byPeriod = new LinkedHashMap<>();
    for (LocalDate p = granularity.periodOf(first);
        !p.isAfter(last);
        p = granularity.next(p)) {
      byPeriod.put(p, SeriesPoint.empty(p));
    }
    for (SeriesPoint point : points) {
      LocalDate period = granularity.periodOf(point.period());
      SeriesPoint sum = byPeriod.get(period);
      if (sum == null) {
        continue; // outside the bounds
      }
      long events = sum.events() + point.events();
      double goldstein = sum.goldsteinSum() + point.goldsteinSum();
      byPeriod.put(
          period,
          new SeriesPoint(
              period,
              events,
              sum.verbalCooperation() + point.verbalCooperation(),
              sum.materialCooperation() + point.materialCooperation(),
              sum.verbalConflict() + point.verbalConflict(),
              sum.materialConflict() + point.materialConflict(),
              goldstein,
              events == 0 ? 0 : goldstein / events,
              sum.mentions() + point.mentions()));
    }
    return List.copyOf(byPeriod.values());
  }

  private static String dyadFilter(@Nullable Dyad dyad, List<Object> parameters) {
    if (dyad == null) {
      return "true";
    }
    parameters.add(dyad.source());
    parameters.add(dyad.target());
    return "source_country = ? AND target_country = ?";
  }
}
