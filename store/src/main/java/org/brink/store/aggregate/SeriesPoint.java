package org.brink.store.aggregate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a dyad's series, over merged events (asserted and future only).
 *
 * @param period the first day of the period (the day, or the Monday of the week)
 * @param events how many merged events
 * @param verbalCooperation events of QuadClass 1
 * @param materialCooperation QuadClass 2
 * @param verbalConflict QuadClass 3
 * @param materialConflict QuadClass 4
 * @param goldsteinSum the sum of the events' Goldstein weights
 * @param goldsteinMean their mean; 0 for a period without events
 * @param mentions the sum of the events' mentions
 */
public record SeriesPoint(
    LocalDate period,
    long events,
    long verbalCooperation,
    long materialCooperation,
    long verbalConflict,
    long materialConflict,
    double goldsteinSum,
    double goldsteinMean,
    long mentions) {
  public SeriesPoint {
    Objects.requireNonNull(period, "period");
  }

  /** A period without events. */
  public static SeriesPoint empty(LocalDate period) {
    return new SeriesPoint(period, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The escalation index of the period: the negated Goldstein sum, so a period of conflict scores
   * above zero and one of cooperation below (docs/store.md, "Escalation index").
   */
  public double escalation() {
    return goldsteinSum == 0 ? 0 : -goldsteinSum;
  }
}
