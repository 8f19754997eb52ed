package org.brink.eval.scoring;

import java.util.List;
import org.brink.eval.gold.GoldEvent;
import org.jspecify.annotations.Nullable;

/** The matching rules of docs/gold-format.md: whether one prediction matches one gold entry. */
final class GoldMatcher {
  private GoldMatcher() {}

  /** Whether {@code p} matches {@code e} at {@code level}; modality is not looked at here. */
  static boolean matches(Level level, GoldEvent e, Prediction p) {
    if (level == Level.EVENT) {
      return eventMatches(e, p) && datesMatch(e, p);
    }
    if (!actorMatches(e.sources(), p.source()) || !actorMatches(e.targets(), p.target())) {
      return false;
    }
    return switch (level) {
      case DYAD, EVENT -> true;
      case ROOT -> eventMatches(e, p) && datesMatch(e, p);
      case CODE ->
          eventMatches(e, p)
              && datesMatch(e, p)
              && (e.codes().isEmpty() || e.codes().contains(p.code()));
    };
  }

  /**
   * Whether a predicted actor code matches any of the gold codes: a gold code matches a code that
   * starts with it ({@code USA} matches {@code USAGOV}); a null gold code matches only a null
   * prediction, the unnamed actor.
   */
  static boolean actorMatches(List<@Nullable String> gold, @Nullable String predicted) {
    for (String g : gold) {
      if (g == null ? predicted == null : predicted != null && predicted.startsWith(g)) {
        return true;
      }
    }
    return false;
  }

  /** The event part: the root is one of the entry's roots, the category one of its categories. */
  static boolean eventMatches(GoldEvent e, Prediction p) {
    boolean root = e.roots().isEmpty() || e.roots().contains(p.root());
    String category = p.ploverCategory();
    boolean plover =
        e.ploverCategories().isEmpty()
            || (category != null && e.ploverCategories().contains(category));
    return root && plover;
  }

  /** The entry's date constraints; a prediction without a date satisfies none. */
  static boolean datesMatch(GoldEvent e, Prediction p) {
    if (e.date() != null && !e.date().equals(p.date())) {
      return false;
    }
    return e.dateOnOrAfter() == null || (p.date() != null && !p.date().isBefore(e.dateOnOrAfter()));
  }
}
