package org.brink.coding.actors.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date in a PETRARCH dated code, read by PETRARCH's rules: {@code YYYYMMDD}, or {@code YYMMDD}
 * with {@code 00}-{@code 30} read as 20YY and the rest as 19YY. A string shorter than eight digits
 * is read as {@code YYMMDD} from its first six, a longer one as {@code YYYYMMDD} from its first
 * eight; the digits left over are reported in a note.
 *
 * @param date the day
 * @param extra the digits PETRARCH's rules leave unread, or null for none
 */
record PetrarchDate(LocalDate date, @Nullable String extra) {

  /** Thrown for a string that is no date by these rules; the message says why. */
  static final class BadDate extends Exception {
    private static final long serialVersionUID = 1L;

    BadDate(String message) {
      super(message);
    }
  }

  static PetrarchDate parse(String s) throws BadDate {
    if (s.isEmpty()) {
      throw new BadDate("no date");
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw new BadDate("'" + s + "' is not all digits");
      }
    }
    if (s.length() < 6) {
      throw new BadDate("'" + s + "' has fewer than 6 digits");
    }
    int year;
    int month;
    int day;
    String extra;
    if (s.length() <= 7) {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      month = Integer.parseInt(s.substring(2, 4));
      day = Integer.parseInt(s.substring(4, 6));
      extra = s.substring(6);
    } else {
      year = Integer.parseInt(s.substring(0, 4));
      month = Integer.parseInt(s.substring(4, 6));
      day = Integer.parseInt(s.substring(6, 8));
      extra = s.substring(8);
    }
    try {
      return new PetrarchDate(LocalDate.of(year, month, day), extra.isEmpty() ? null : extra);
    } catch (DateTimeException e) {
      throw new BadDate("'" + s + "' is no day of the calendar");
    }
  }
}
