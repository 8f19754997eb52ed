package org.brink.store.aggregate;

/** How {@code brink dyads} orders dyads. */
public enum Ranking {
  /** Most merged events in the period first. */
  ACTIVITY,
  /** Largest change in merged events from the previous period of the same length first. */
  CHANGE
}
