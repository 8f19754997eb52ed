package org.brink.coding.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns an actor's PETRARCH codes into Brink's: a code for outside its roles, and roles that never
 * overlap.
 *
 * <p>Implementation notes. PETRARCH (following TABARI) tries the dated codes in file order and
 * takes the first whose range contains the date, else the first undated code, else none. Each dated
 * code here is cut down to the days no earlier one covers; what is left keeps its code, and a
 * {@code [--- ...]} piece stays uncoded. Brink's entry has one code for all days outside its roles,
 * so when an uncoded piece sits among days the undated code covers, those days become roles of the
 * undated code and the entry's own code is null. Open ends are {@link LocalDate#MIN} and {@link
 * LocalDate#MAX} while cutting.
 */
final class Timeline {
  /**
   * One code as read, in file order.
   *
   * @param code the code, or null for {@code ---}
   * @param from the first day, {@link LocalDate#MIN} for none
   * @param until the day after the last, {@link LocalDate#MAX} for none; both MIN and MAX for an
   *     undated code
   */
  record Item(@Nullable String code, LocalDate from, LocalDate until, String location) {
    boolean dated() {
      return !(from.equals(LocalDate.MIN) && until.equals(LocalDate.MAX));
    }
  }

  /** The resolved codes: {@code code} outside the roles. */
  record Resolved(@Nullable String code, List<DatedCode> roles) {}

  private record Piece(@Nullable String code, LocalDate from, LocalDate until, String location) {}

  private Timeline() {}

  static Resolved resolve(List<Item> items) {
    Item undated = null;
    List<Piece> covered = new ArrayList<>();
    for (Item item : items) {
      if (!item.dated()) {
        if (undated == null) {
          undated = item;
        }
        continue;
      }
      List<Piece> left =
          List.of(new Piece(item.code(), item.from(), item.until(), item.location()));
      for (Piece c : covered) {
        left = minus(left, c);
      }
      covered.addAll(left);
    }
    String code = undated == null ? null : undated.code();
    boolean gaps = covered.stream().anyMatch(p -> p.code() == null);
    List<Piece> roles = new ArrayList<>(covered.stream().filter(p -> p.code() != null).toList());
    if (gaps && undated != null && code != null) {
      // outside the dated pieces the undated code applies: make those days roles too
      List<Piece> rest = List.of(new Piece(code, LocalDate.MIN, LocalDate.MAX, undated.location()));
      for (Piece c : covered) {
        rest = minus(rest, c);
      }
      roles.addAll(rest);
      code = null;
    }
    roles.sort(Comparator.comparing(Piece::from));
    List<DatedCode> out = new ArrayList<>();
    for (Piece p : roles) {
      out.add(
          new DatedCode(
              Objects.requireNonNull(p.code(), "role code"),
              p.from().equals(LocalDate.MIN) ? null : p.from(),
              p.until().equals(LocalDate.MAX) ? null : p.until(),
              p.location()));
    }
    return new Resolved(code, out);
  }

  /** The parts of {@code pieces} outside {@code cut}. */
  private static List<Piece> minus(List<Piece> pieces, Piece cut) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (!p.from().isBefore(cut.until()) || !cut.from().isBefore(p.until())) {
        out.add(p);
        continue;
      }
      if (p.from().isBefore(cut.from())) {
        out.add(new Piece(p.code(), p.from(), cut.from(), p.location()));
      }
      if (cut.until().isBefore(p.until())) {
        out.add(new Piece(p.code(), cut.until(), p.until(), p.location()));
      }
    }
    return out;
  }
}
