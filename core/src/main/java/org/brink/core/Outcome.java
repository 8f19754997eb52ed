package org.brink.core;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Stage} gives for one input: a value with any warnings, or the problem that stopped
 * it.
 */
public sealed interface Outcome<T> {

  record Done<T>(T value, List<Problem> warnings) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  record Rejected<T>(Problem problem) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(problem, "problem");
    }
  }

  static <T> Outcome<T> done(T value) {
    return new Done<>(value, List.of());
  }

  static <T> Outcome<T> done(T value, List<Problem> warnings) {
    return new Done<>(value, warnings);
  }

  static <T> Outcome<T> rejected(Problem problem) {
    return new Rejected<>(problem);
  }
}
