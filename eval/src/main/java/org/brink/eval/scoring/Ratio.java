package org.brink.eval.scoring;

import java.util.OptionalDouble;

/**
 * A count out of a total, e.g. 3 matched of 4 predicted; undefined when the total is 0.
 *
 * @param count how many
 * @param total out of how many
 */
public record Ratio(int count, int total) {
  public Ratio {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(
          "ratio must satisfy 0 <= count <= total: " + count + "/" + total);
    }
  }

  /** {@code count / total}, or empty when the total is 0. */
  public OptionalDouble value() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
  }

  /**
   * The harmonic mean of a precision and a recall: empty when either is undefined, 0 when both are
   * 0.
   */
  public static OptionalDouble f1(Ratio precision, Ratio recall) {
    OptionalDouble p = precision.value();
    OptionalDouble r = recall.value();
    if (p.isEmpty() || r.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = p.getAsDouble() + r.getAsDouble();
    return OptionalDouble.of(sum == 0 ? 0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
  }
}
