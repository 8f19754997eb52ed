package org.brink.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication days written as ISO dates ({@code 2025-03-14}) or ISO date-times ({@code
 * 2025-03-14T09:30:00+01:00}, {@code 2025-03-14 09:30}).
 *
 * <p>Design decision: of a date-time only the date as written is kept, in the writer's own time
 * zone, not converted to UTC: the day the outlet says it published is the day the event data should
 * carry.
 */
final class PublicationDates {
  private static final Pattern DATE_OR_DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
              + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[A-Za-z0-9_/+\\-]+])?)?");

  private PublicationDates() {}

  /** The day of an ISO date or date-time, or empty when the value is neither. */
  static Optional<LocalDate> parse(String value) {
    Matcher m = DATE_OR_DATE_TIME.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      // Shaped like a date but not one, such as 2025-02-30: the same answer as any other non-date.
      return Optional.empty();
    }
  }
}
