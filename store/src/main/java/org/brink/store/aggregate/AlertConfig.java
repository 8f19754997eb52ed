package org.brink.store.aggregate;

/**
 * How alerts are raised (docs/store.md, "Alerts").
 *
 * @param baselineDays the rolling window before a day that forms its baseline (28 by default)
 * @param threshold the robust z-score at or above which a day is an alert (3.5, the usual cut-off
 *     for the modified z-score of Iglewicz and Hoaglin)
 * @param minScale the smallest spread the baseline may have, in Goldstein units, so that a dyad
 *     silent for four weeks does not alert on a single mild event (2.0: a lone criticism, -2, is
 *     no alert; a lone strike, -10, is)
 * @param minHistoryDays how many days of the dyad's history must precede a day before it can alert
 */
public record AlertConfig(int baselineDays, double threshold, double minScale, int minHistoryDays) {
  public static final AlertConfig DEFAULT = new AlertConfig(28, 3.5, 2.0, 7);

  public AlertConfig {
    if (baselineDays < 7 || baselineDays > 366) {
      throw new IllegalArgumentException("baseline window must be 7 to 366 days: " + baselineDays);
    }
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("alert threshold must be above 0: " + threshold);
    }
    if (!(minScale > 0)) {
      throw new IllegalArgumentException("minimum scale must be above 0: " + minScale);
    }
    if (minHistoryDays < 0) {
      throw new IllegalArgumentException("minimum history must be 0 or more days: " + minHistoryDays);
    }
  }
}
