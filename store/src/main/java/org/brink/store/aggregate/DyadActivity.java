package org.brink.store.aggregate;

import java.util.Objects;

/**
 * A dyad's activity over a period, and its change from the period of the same length before.
 *
 * @param events merged events in the period
 * @param conflictEvents of them, QuadClass 3 and 4
 * @param goldsteinSum the sum of their Goldstein weights
 * @param previousEvents merged events in the previous period of the same length
 * @param change {@code events - previousEvents}
 */
public record DyadActivity(
    Dyad dyad,
    long events,
    long conflictEvents,
    double goldsteinSum,
    long previousEvents,
    long change) {
  public DyadActivity {
    Objects.requireNonNull(dyad, "dyad");
  }
}
