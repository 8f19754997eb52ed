package org.brink.store.aggregate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dyad's escalation index on one day, with its baseline.
 *
 * @param baselineMedian the median index of the baseline window, NaN when the dyad has too little
 *     history
 * @param z the robust z-score against the baseline; NaN when there is no baseline
 * @param alert true when {@code z} reaches the threshold
 */
public record EscalationPoint(
    LocalDate day, double index, double baselineMedian, double baselineScale, double z, boolean alert) {
  public EscalationPoint {
    Objects.requireNonNull(day, "day");
  }
}
