package org.brink.core;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Runs a stage on one input and never lets a bug in it stop the run: an exception becomes an
 * {@link Reason#INTERNAL_ERROR} problem carrying the stack trace, and the caller goes on with the
 * next input.
 */
public final class PipelineRunner<I, O> {
  private final Stage<I, O> stage;

  public PipelineRunner(Stage<I, O> stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
  }

  public Outcome<O> run(I input, String source) {
    try {
      return stage.apply(input);
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return Outcome.rejected(
          new Problem(
              Reason.INTERNAL_ERROR,
              "stage " + stage.name() + " failed: " + e + "\n" + trace,
              source));
    }
  }
}
