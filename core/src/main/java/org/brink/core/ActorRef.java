package org.brink.core;

import java.util.Objects;

/**
 * An actor as coded in one event.
 *
 * @param code CAMEO actor code: country and sectors, e.g. {@code "USAGOV"}, {@code "IRNMIL"}
 * @param text the words that named it
 * @param span where those words stand in the cleaned text
 */
public record ActorRef(String code, String text, Span span) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
