package org.brink.core;

import java.util.Objects;

/**
 * Something wrong with an input, reported and counted, never silently dropped.
 *
 * @param reason the kind of problem
 * @param message what is wrong, naming the value where it helps
 * @param source where: a file path, with {@code ":LINE"} for a line of it
 */
public record Problem(Reason reason, String message, String source) {
  public Problem {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }

  /** The stable, kebab-case code written in output, e.g. {@code "invalid-utf8"}. */
  public String code() {
    return reason.code();
  }

  @Override
  public String toString() {
    return source + ": " + code() + ": " + message;
  }
}
