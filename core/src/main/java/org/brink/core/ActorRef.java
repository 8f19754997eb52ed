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

  /** The country part of this actor's code: "IRN" of "IRNGOV"; "IGO" of an IGO's. */
  public String country() {
    return countryOf(code);
  }

  /**
   * The country part of a CAMEO actor code: its first three letters ("IRN" of "IRNGOV", "IGO" of
   * an IGO's), or the whole code when it is shorter.
   */
  public static String countryOf(String code) {
    Objects.requireNonNull(code, "code");
    return code.length() > 3 ? code.substring(0, 3) : code;
  }
}
