package org.brink.core;

import java.util.Locale;

/**
 * Whether the text says an event happened.
 *
 * <p>Only {@link #ASSERTED} and {@link #FUTURE} events count in aggregates and evaluation: a
 * negated attack is not an attack.
 */
public enum Modality {
  /** The text says it happened or is happening. */
  ASSERTED,
  /** The text says it will happen: planned, promised, scheduled. */
  FUTURE,
  /** Conditional, speculative, feared or asked about, not said to happen. */
  HYPOTHETICAL,
  /** The text says it did not happen, or someone denies it. */
  NEGATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the modalities that aggregates and scores count. */
  public boolean counted() {
    return this == ASSERTED || this == FUTURE;
  }
}
