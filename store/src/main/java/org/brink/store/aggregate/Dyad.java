package org.brink.store.aggregate;

import java.util.Locale;
import java.util.Objects;

/**
 * A directed pair of countries at the level the merge and aggregates work on: the first three
 * letters of the source's and the target's actor codes ({@code USA} for {@code USAGOV}). An
 * absent actor is {@code ""} and prints as {@code ---}.
 */
public record Dyad(String source, String target) implements Comparable<Dyad> {
  public Dyad {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (!valid(source) || !valid(target)) {
      throw new IllegalArgumentException(
          "a dyad side is three letters or digits (a country code such as USA), or empty: "
              + source
              + " "
              + target);
    }
  }

  /**
   * Parses two command-line words: a country code, or the first three letters of an actor code
   * ({@code usagov} is {@code USA}); {@code ---} or {@code -} for no actor.
   */
  public static Dyad of(String source, String target) {
    return new Dyad(side(source), side(target));
  }

  private static String side(String word) {
    String w = word.strip().toUpperCase(Locale.ROOT);
    if (w.equals("-") || w.equals("---")) {
      return "";
    }
    return w.length() > 3 ? w.substring(0, 3) : w;
  }

  private static boolean valid(String side) {
    return side.isEmpty() || side.matches("[A-Z0-9]{3}");
  }

  /** The same pair the other way round. */
  public Dyad reversed() {
    return new Dyad(target, source);
  }

  @Override
  public int compareTo(Dyad other) {
    int c = source.compareTo(other.source);
    return c != 0 ? c : target.compareTo(other.target);
  }

  /** {@code USA-IRN}; {@code PAK----} for a source with no target. */
  @Override
  public String toString() {
    return (source.isEmpty() ? "---" : source) + "-" + (target.isEmpty() ? "---" : target);
  }
}
