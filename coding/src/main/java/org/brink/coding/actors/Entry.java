package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dictionary entry: a header line and its fields.
 *
 * @param code the header's code; null for people and ignore entries
 * @param label the name after the header's brackets, itself one of the entry's names
 * @param location {@code "file:LINE"} of the header
 * @param roles dated codes, sorted by start, never overlapping
 * @param otherwise a person's code when no role applies, or null for no mention
 */
record Entry(
    EntryKind kind,
    @Nullable String code,
    String label,
    String location,
    List<Role> roles,
    @Nullable String otherwise) {
  Entry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(location, "location");
    roles = List.copyOf(roles);
  }

  /**
   * The role that applies on {@code date}: the one containing it, or for a null date the most
   * recent one; null when none applies.
   */
  @Nullable Role roleAt(@Nullable LocalDate date) {
    if (roles.isEmpty()) {
      return null;
    }
    if (date == null) {
      return roles.get(roles.size() - 1);
    }
    for (Role r : roles) {
      if (r.contains(date)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The code on {@code date}: its role's, else the header code or the otherwise code. A person's
   * otherwise code does not reach back more than {@link #YEARS_BEFORE_FIRST_ROLE} years before
   * their first dated role: in a 1961 article, "Leavitt" is not the White House press secretary of
   * 2025, nor any official of hers.
   */
  @Nullable String codeAt(@Nullable LocalDate date) {
    Role r = roleAt(date);
    if (r != null) {
      return r.code();
    }
    if (code != null) {
      return code;
    }
    LocalDate first = roles.isEmpty() ? null : roles.get(0).from();
    if (date != null && first != null && date.isBefore(first.minusYears(YEARS_BEFORE_FIRST_ROLE))) {
      return null;
    }
    return otherwise;
  }

  /** How far before a person's first dated role their otherwise code still applies. */
  static final int YEARS_BEFORE_FIRST_ROLE = 40;
}
