package org.brink.store.aggregate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which a dyad's escalation index departed upward from its own baseline.
 *
 * @param index the day's escalation index ({@link SeriesPoint#escalation()})
 * @param baselineMedian the median index over the baseline window
 * @param baselineScale the robust spread used: 1.4826 × MAD, else 1.2533 × mean absolute
 *     deviation, at least {@link AlertConfig#minScale()}
 * @param z {@code (index - baselineMedian) / baselineScale}
 * @param events the day's merged events
 */
public record Alert(
    Dyad dyad,
    LocalDate day,
    double index,
    double baselineMedian,
    double baselineScale,
    double z,
    long events) {
  public Alert {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(day, "day");
  }
}
