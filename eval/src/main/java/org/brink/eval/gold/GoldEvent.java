package org.brink.eval.gold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One hand-coded event: who did what to whom, as an entry that predictions are matched against.
 *
 * <p>An entry lists alternatives: a prediction matches when its source starts with any of {@code
 * sources}, its target with any of {@code targets}, its root is any of {@code roots} (when there
 * are roots) and its PLOVER category is any of {@code ploverCategories} (when there are
 * categories). docs/gold-format.md gives the full rules.
 *
 * @param id unique within its gold set, e.g. {@code "wcep-2026-02-23-006-r1"}
 * @param sources actor-code prefixes, any of which may match; a null element stands for an unnamed
 *     or unidentified actor and matches a prediction without a source
 * @param targets the same, for the target
 * @param roots two-digit CAMEO roots, any of which may match; empty for PLOVER gold
 * @param codes exact CAMEO codes, checked at the full-code level; empty when the gold has none
 * @param ploverCategories PLOVER categories (current names), any of which may match; empty for
 *     CAMEO gold
 * @param date when not null, a matching event must be dated this day
 * @param dateOnOrAfter when not null, a matching event must be dated this day or later
 * @param hard a genuinely ambiguous coding; scores are reported with and without these
 * @param note the trigger words or why the entry is there, or null
 */
public record GoldEvent(
    String id,
    List<@Nullable String> sources,
    List<@Nullable String> targets,
    List<String> roots,
    List<String> codes,
    List<String> ploverCategories,
    @Nullable LocalDate date,
    @Nullable LocalDate dateOnOrAfter,
    boolean hard,
    @Nullable String note) {
  public GoldEvent {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold event id is blank");
    }
    sources = actors(id, "sources", sources);
    targets = actors(id, "targets", targets);
    roots = List.copyOf(roots);
    codes = List.copyOf(codes);
    ploverCategories = List.copyOf(ploverCategories);
    for (String root : roots) {
      if (!root.matches("\\d{2}")) {
        throw new IllegalArgumentException(id + ": root is not two digits: " + root);
      }
    }
    for (String code : codes) {
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException(id + ": CAMEO code is not 2-4 digits: " + code);
      }
      if (!roots.contains(code.substring(0, 2))) {
        throw new IllegalArgumentException(
            id + ": code " + code + " is under none of the roots " + roots);
      }
    }
    for (String category : ploverCategories) {
      if (!category.matches("[A-Z]+")) {
        throw new IllegalArgumentException(id + ": PLOVER category is not upper case: " + category);
      }
    }
    if (roots.isEmpty() && ploverCategories.isEmpty()) {
      throw new IllegalArgumentException(id + ": an entry needs roots or PLOVER categories");
    }
  }

  /** An entry with CAMEO roots only, as most gold has: no codes, categories, dates or note. */
  public static GoldEvent of(
      String id, List<@Nullable String> sources, List<@Nullable String> targets, String... roots) {
    return new GoldEvent(
        id, sources, targets, List.of(roots), List.of(), List.of(), null, null, false, null);
  }

  /** This entry with {@code hard} set. */
  public GoldEvent asHard() {
    return new GoldEvent(
        id, sources, targets, roots, codes, ploverCategories, date, dateOnOrAfter, true, note);
  }

  private static List<@Nullable String> actors(
      String id, String field, List<@Nullable String> codes) {
    Objects.requireNonNull(codes, field);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(id + ": " + field + " is empty; use null for unnamed");
    }
    // List.copyOf refuses nulls, and a null here means "unnamed actor".
    return Collections.unmodifiableList(new ArrayList<>(codes));
  }
}
