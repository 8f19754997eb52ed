package org.brink.store.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of one period of a series. */
public enum Granularity {
  /** One calendar day. */
  DAY,
  /** One ISO week, Monday to Sunday, named by its Monday. */
  WEEK;

  /** The first day of the period that holds {@code day}. */
  public LocalDate periodOf(LocalDate day) {
    return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The first day of the next period. */
  public LocalDate next(LocalDate periodStart) {
    return this == DAY ? periodStart.plusDays(1) : periodStart.plusWeeks(1);
  }
}
