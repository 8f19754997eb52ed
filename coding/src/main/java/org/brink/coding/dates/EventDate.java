package org.brink.coding.dates;

import org.brink.core.DateBasis;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The day an event happened and how it was found.
 *
 * <p>Design decision: only {@link DateBasis#PUBLICATION} may have a null date (the article has no
 * publication date). A day the text names but that cannot be placed without a publication date ("on
 * Thursday", "December 30") is reported as publication-based with a null date rather than as an
 * explicit or relative date without a day, so a non-publication basis always carries a date.
 *
 * @param date the day, or null when unknown
 * @param basis where the day came from
 */
public record EventDate(@Nullable LocalDate date, DateBasis basis) {
  public EventDate {
    Objects.requireNonNull(basis, "basis");
    if (date == null && basis != DateBasis.PUBLICATION) {
      throw new IllegalArgumentException("a " + basis.code() + " event date needs a day");
    }
  }

  /** The publication date standing in for the event's own, null when there is none. */
  public static EventDate publication(@Nullable LocalDate published) {
    return new EventDate(published, DateBasis.PUBLICATION);
  }
}
