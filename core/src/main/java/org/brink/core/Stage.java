package org.brink.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of the pipeline: an output, or the reason there is none.
 *
 * <p>Stages are immutable and thread-safe, and give the same output for the same input. Bad input
 * is an {@link Outcome.Rejected}, never an exception; a stage throws only on a bug, which {@link
 * PipelineRunner} turns into an {@link Reason#INTERNAL_ERROR} problem.
 */
public interface Stage<I, O> {
  /** A stable kebab-case name used in configuration, logs and provenance. */
  String name();

  Outcome<O> apply(I input);

  /** This stage followed by {@code next}; warnings of both are kept, in order. */
  default <R> Stage<I, R> then(Stage<O, R> next) {
    Stage<I, O> first = this;
    return new Stage<>() {
      @Override
      public String name() {
        return first.name() + "+" + next.name();
      }

      @Override
      public Outcome<R> apply(I input) {
        return switch (first.apply(input)) {
          case Outcome.Rejected<O> r -> Outcome.rejected(r.problem());
          case Outcome.Done<O> d -> switch (next.apply(d.value())) {
            case Outcome.Rejected<R> r -> Outcome.rejected(r.problem());
            case Outcome.Done<R> d2 -> {
              List<Problem> all = new ArrayList<>(d.warnings());
              all.addAll(d2.warnings());
              yield Outcome.done(d2.value(), all);
            }
          };
        };
      }
    };
  }
}
