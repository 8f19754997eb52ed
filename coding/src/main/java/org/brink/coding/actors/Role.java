package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A code that applies for a time: {@code from <= date < until}; an open end has no bound.
 *
 * @param location {@code "file:LINE"} of the role line
 */
record Role(String code, @Nullable LocalDate from, @Nullable LocalDate until, String location) {
  Role {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("role ends before it starts: " + from + ".." + until);
    }
  }

  boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
  }

  boolean overlaps(Role other) {
    boolean thisEndsFirst = until != null && other.from != null && !until.isAfter(other.from);
    boolean otherEndsFirst = other.until != null && from != null && !other.until.isAfter(from);
    return !thisEndsFirst && !otherEndsFirst;
  }
}
