package org.brink.coding.actors.petrarch;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A code that applies for a time, in Brink's terms: {@code from <= date < until}; a null end is
 * open.
 *
 * @param location {@code "file:LINE"} of the dated code in the PETRARCH file
 */
public record DatedCode(
    String code, @Nullable LocalDate from, @Nullable LocalDate until, String location) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException(
          "dated code ends before it starts: " + from + ".." + until);
    }
  }
}
