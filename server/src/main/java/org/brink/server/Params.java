package org.brink.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of one request, read and checked: every bad value is an {@link
 * ApiException} with status 400 naming the parameter and the value.
 *
 * <p>Design decision: a parameter an endpoint does not know is an error listing the known ones,
 * not ignored, so a misspelt filter ({@code ?acter=RUS}) never silently returns everything.
 */
final class Params {
  /** Actor codes: CAMEO country, sector and group codes, e.g. {@code USA}, {@code IRNGOV}. */
  static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,30}");

  private static final int MAX_VALUE_LENGTH = 500;
  private static final int MAX_LIST = 50;

  private final Map<String, List<String>> values;

  Params(Map<String, List<String>> values, Set<String> known) {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badParameter(
            name, "unknown parameter; this endpoint takes " + String.join(", ", known));
      }
    }
    this.values = values;
  }

  /** The single value of {@code name}, or null when absent or empty. */
  @Nullable String text(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (given.size() > 1) {
      throw ApiException.badParameter(name, "given " + given.size() + " times; give it once");
    }
    String value = given.get(0).strip();
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw ApiException.badParameter(
          name, "longer than " + MAX_VALUE_LENGTH + " characters (" + value.length() + ")");
    }
    if (value.chars().anyMatch(c -> c < 0x20)) {
      throw ApiException.badParameter(name, "holds a control character");
    }
    return value;
  }

  /** A whole number in [min, max], or {@code fallback} when absent. */
  int integer(String name, int min, int max, int fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw ApiException.badParameter(
        name, "must be a whole number from " + min + " to " + max + ", not " + quoted(value));
  }

  /** A number in [min, max], or null when absent. */
  @Nullable Double number(String name, double min, double max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      double n = Double.parseDouble(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw ApiException.badParameter(
        name, "must be a number from " + min + " to " + max + ", not " + quoted(value));
  }

  /** A day {@code YYYY-MM-DD}, or null when absent. */
  @Nullable LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "must be a date YYYY-MM-DD, not " + quoted(value));
    }
  }

  /** Refuses {@code to} before {@code from}. */
  static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", "is before from (" + from + ")");
    }
  }

  /** An actor code (upper-cased), or null when absent. */
  @Nullable String actor(String name) {
    String value = text(name);
    return value == null ? null : checked(name, value.toUpperCase(Locale.ROOT), ACTOR, "an actor code such as USA or IRNGOV");
  }

  /**
   * A comma-separated list whose items each match {@code pattern} (after {@code normalise}); empty
   * when absent. Duplicates are dropped, order kept.
   */
  List<String> list(String name, Pattern pattern, boolean upperCase, String expected) {
    String value = text(name);
    if (value == null) {
      return List.of();
    }
    Set<String> items = new LinkedHashSet<>();
    for (String raw : value.split(",", -1)) {
      String item = raw.strip();
      if (upperCase) {
        item = item.toUpperCase(Locale.ROOT);
      } else {
        item = item.toLowerCase(Locale.ROOT);
      }
      items.add(checked(name, item, pattern, expected));
    }
    if (items.size() > MAX_LIST) {
      throw ApiException.badParameter(name, "more than " + MAX_LIST + " values");
    }
    return new ArrayList<>(items);
  }

  /** One of {@code allowed} (lower-cased), or {@code fallback} when absent. */
  String choice(String name, List<String> allowed, String fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw ApiException.badParameter(
          name, "must be one of " + String.join(", ", allowed) + ", not " + quoted(value));
    }
    return lower;
  }

  static String checked(String name, String value, Pattern pattern, String expected) {
    if (!pattern.matcher(value).matches()) {
      throw ApiException.badParameter(name, "must be " + expected + ", not " + quoted(value));
    }
    return value;
  }

  /** The value in single quotes, cut to 60 characters, for error messages. */
  static String quoted(String value) {
    String cut = value.length() > 60 ? value.substring(0, 60) + "..." : value;
    return "'" + cut + "'";
  }
}
