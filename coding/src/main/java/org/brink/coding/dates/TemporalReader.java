package org.brink.coding.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/*
 * Implementation notes.
 *
 * A temporal expression is a maximal run of adjacent "temporal" tokens: tokens CoreNLP tagged DATE
 * or TIME, words from the lists below (weekdays, months, "yesterday", "ago", "last", "week"...),
 * ISO dates, numbers directly before a unit or month, and day numbers directly after a month.
 * Each run is then read, most specific reading first: ISO date, month and day, weekday,
 * "N units ago", "yesterday"/"today", "last week/month/year", and finally a DATE-tagged run that
 * names no day (Vague). Runs with none of these ("the last time", "a day after") are dropped.
 * No regular expressions: the lists are immutable maps and the digit checks are loops.
 */
/** Finds and reads the temporal expressions of one sentence's tokens. */
final class TemporalReader {
  /** A temporal expression: tokens {@code first..last} inclusive and what they say. */
  record Run(int first, int last, TemporalExpression expression) {
    boolean contains(int token) {
      return first <= token && token <= last;
    }
  }

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY),
          Map.entry("jan", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("march", Month.MARCH),
          Map.entry("mar", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("june", Month.JUNE),
          Map.entry("jun", Month.JUNE),
          Map.entry("july", Month.JULY),
          Map.entry("jul", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("aug", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("sept", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER),
          Map.entry("dec", Month.DECEMBER));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);

  /** Weekday abbreviations, trusted only on tokens CoreNLP tagged DATE ("Sun" is also a paper). */
  private static final Map<String, DayOfWeek> WEEKDAY_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  private static final Map<String, ChronoUnit> UNITS =
      Map.of(
          "day", ChronoUnit.DAYS,
          "days", ChronoUnit.DAYS,
          "week", ChronoUnit.WEEKS,
          "weeks", ChronoUnit.WEEKS,
          "month", ChronoUnit.MONTHS,
          "months", ChronoUnit.MONTHS,
          "year", ChronoUnit.YEARS,
          "years", ChronoUnit.YEARS);

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  /** Words that may belong to a temporal expression but say nothing on their own. */
  private static final Set<String> TEMPORAL_WORDS =
      Set.of(
          "yesterday",
          "today",
          "tonight",
          "ago",
          "last",
          "past",
          "previous",
          "earlier",
          "early",
          "late",
          "this",
          "morning",
          "afternoon",
          "evening",
          "night",
          "weekend");

  private static final Set<String> LAST = Set.of("last", "past", "previous");
  private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening");

  private TemporalReader() {}

  /** The temporal expressions of a sentence's tokens, in order. */
  static List<Run> runs(List<Token> tokens) {
    List<Run> runs = new ArrayList<>(2);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!isTemporal(tokens, i)) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < n && isTemporal(tokens, last + 1)) {
        last++;
      }
      TemporalExpression e = read(tokens, i, last);
      if (e != null) {
        runs.add(new Run(i, last, e));
      }
      i = last + 1;
    }
    return runs;
  }

  /** What tokens {@code from..to} say, or null when they name no time. */
  static @Nullable TemporalExpression read(List<Token> tokens, int from, int to) {
    for (int k = from; k <= to; k++) {
      LocalDate iso = isoDate(word(tokens, k));
      if (iso != null) {
        return new TemporalExpression.Explicit(iso.getYear(), MonthDay.from(iso));
      }
    }
    for (int k = from; k <= to; k++) {
      Month month = month(tokens, k);
      if (month == null) {
        continue;
      }
      int day = k + 1 <= to ? day(word(tokens, k + 1)) : -1;
      if (day < 0 && k - 1 >= from) {
        day = day(word(tokens, k - 1));
      }
      if (day < 1 || day > month.maxLength()) {
        continue;
      }
      int year = 0;
      for (int j = k + 1; j <= Math.min(k + 3, to) && year == 0; j++) {
        year = year(word(tokens, j));
      }
      if (year != 0 && !MonthDay.of(month, day).isValidYear(year)) {
        continue;
      }
      return new TemporalExpression.Explicit(year, MonthDay.of(month, day));
    }
    for (int k = from; k <= to; k++) {
      DayOfWeek day = weekday(tokens, k);
      if (day != null) {
        return new TemporalExpression.Weekday(
            day, lastUnit(tokens, from, to) == ChronoUnit.WEEKS ? 1 : 0);
      }
    }
    for (int k = from + 2; k <= to; k++) {
      ChronoUnit unit = UNITS.get(word(tokens, k - 1));
      int amount = number(word(tokens, k - 2));
      if (word(tokens, k).equals("ago") && unit != null && amount > 0) {
        return new TemporalExpression.Offset(amount, unit);
      }
    }
    for (int k = from; k <= to; k++) {
      String w = word(tokens, k);
      String next = k + 1 <= to ? word(tokens, k + 1) : "";
      if (w.equals("yesterday") || (w.equals("last") && next.equals("night"))) {
        return new TemporalExpression.Offset(1, ChronoUnit.DAYS);
      }
      if (w.equals("today")
          || w.equals("tonight")
          || (w.equals("this") && PART_OF_DAY.contains(next))) {
        return new TemporalExpression.Offset(0, ChronoUnit.DAYS);
      }
    }
    ChronoUnit last = lastUnit(tokens, from, to);
    if (last != null) {
      return new TemporalExpression.Offset(1, last);
    }
    for (int k = from; k <= to; k++) {
      String ner = tokens.get(k).ner();
      if (ner.equals("DATE")
          || ner.equals("TIME")
          || (word(tokens, k).equals("this") && k < to && UNITS.containsKey(word(tokens, k + 1)))) {
        return new TemporalExpression.Vague();
      }
    }
    return null;
  }

  /** The unit of "last week", "past month", "previous year" in tokens {@code from..to}, or null. */
  private static @Nullable ChronoUnit lastUnit(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String unit = word(tokens, k + 1);
      if (LAST.contains(word(tokens, k)) && !unit.equals("day") && !unit.endsWith("s")) {
        ChronoUnit u = UNITS.get(unit);
        if (u != null) {
          return u;
        }
      }
    }
    return null;
  }

  private static boolean isTemporal(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.ner().equals("DATE") || t.ner().equals("TIME")) {
      return true;
    }
    String w = word(tokens, i);
    if (TEMPORAL_WORDS.contains(w)
        || UNITS.containsKey(w)
        || weekday(tokens, i) != null
        || month(tokens, i) != null
        || isoDate(w) != null) {
      return true;
    }
    boolean beforeUnitOrMonth =
        i + 1 < tokens.size()
            && (UNITS.containsKey(word(tokens, i + 1)) || month(tokens, i + 1) != null);
    if (number(w) > 0 && beforeUnitOrMonth) {
      return true;
    }
    return day(w) > 0 && (beforeUnitOrMonth || (i > 0 && month(tokens, i - 1) != null));
  }

  /** The token in lower case without a trailing full stop ("Sept." -> "sept"). */
  private static String word(List<Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * A capitalised month name or abbreviation used as a noun or tagged DATE ("May" the modal is
   * not).
   */
  private static @Nullable Month month(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
      return null;
    }
    if (!t.ner().equals("DATE") && !t.pos().startsWith("NNP")) {
      return null;
    }
    return MONTHS.get(word(tokens, i));
  }

  private static @Nullable DayOfWeek weekday(List<Token> tokens, int i) {
    String w = word(tokens, i);
    DayOfWeek day = WEEKDAYS.get(w);
    if (day == null && tokens.get(i).ner().equals("DATE")) {
      day = WEEKDAY_ABBREVIATIONS.get(w);
    }
    return day;
  }

  /** A day of the month, "14" or "14th", or -1. */
  private static int day(String w) {
    String digits = w;
    if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) {
      digits = w.substring(0, w.length() - 2);
    }
    int value = digits.length() <= 2 ? digits(digits) : -1;
    return value >= 1 && value <= 31 ? value : -1;
  }

  /** A year from 1000 to 2999, or 0. */
  private static int year(String w) {
    int value = w.length() == 4 ? digits(w) : -1;
    return value >= 1000 && value <= 2999 ? value : 0;
  }

  /** A small count: "a", "two", "3"; or -1. */
  private static int number(String w) {
    Integer word = NUMBERS.get(w);
    if (word != null) {
      return word;
    }
    return w.length() <= 3 ? digits(w) : -1;
  }

  /** The value of a non-empty string of ASCII digits, or -1. */
  private static int digits(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A valid ISO date "2024-04-14", or null. */
  private static @Nullable LocalDate isoDate(String w) {
    if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-') {
      return null;
    }
    int year = digits(w.substring(0, 4));
    int month = digits(w.substring(5, 7));
    int day = digits(w.substring(8, 10));
    if (year < 1000
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
