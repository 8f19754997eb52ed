package org.brink.coding.dates;

import org.brink.core.DateBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * A temporal expression read from a sentence, placed on the calendar against the publication date.
 */
sealed interface TemporalExpression {

  /** The event date this expression gives for an article published on {@code published}. */
  EventDate resolve(@Nullable LocalDate published);

  /**
   * A named day: "April 14", "January 18, 2024", "2024-04-14". {@code year} is 0 when not given.
   */
  record Explicit(int year, MonthDay monthDay) implements TemporalExpression {
    @Override
    public EventDate resolve(@Nullable LocalDate published) {
      if (year != 0) {
        return new EventDate(monthDay.atYear(year), DateBasis.EXPLICIT);
      }
      if (published == null) {
        return EventDate.publication(null);
      }
      // The latest year that puts the day on or before publication (and exists: February 29).
      for (int y = published.getYear(); y > published.getYear() - 9; y--) {
        if (monthDay.isValidYear(y) && !monthDay.atYear(y).isAfter(published)) {
          return new EventDate(monthDay.atYear(y), DateBasis.EXPLICIT);
        }
      }
      return EventDate.publication(published);
    }
  }

  /**
   * A weekday: the latest such day on or before publication, or with {@code weeksBack} 1 ("on
   * Monday last week") that day in the ISO week (Monday first) before the publication's week.
   */
  record Weekday(DayOfWeek day, int weeksBack) implements TemporalExpression {
    @Override
    public EventDate resolve(@Nullable LocalDate published) {
      if (published == null) {
        return EventDate.publication(null);
      }
      LocalDate date =
          weeksBack == 0
              ? published.with(TemporalAdjusters.previousOrSame(day))
              : published
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                  .minusWeeks(weeksBack)
                  .plusDays(day.getValue() - 1L);
      return new EventDate(date, DateBasis.RELATIVE);
    }
  }

  /** A count of units before publication: "yesterday", "today", "two days ago", "last month". */
  record Offset(long amount, ChronoUnit unit) implements TemporalExpression {
    @Override
    public EventDate resolve(@Nullable LocalDate published) {
      return published == null
          ? EventDate.publication(null)
          : new EventDate(published.minus(amount, unit), DateBasis.RELATIVE);
    }
  }

  /**
   * A time the text names but that is no day: "earlier this month", "in 2023", "in mid-April". The
   * publication date stands in, but the expression still counts as the event's time.
   */
  record Vague() implements TemporalExpression {
    @Override
    public EventDate resolve(@Nullable LocalDate published) {
      return EventDate.publication(published);
    }
  }
}
