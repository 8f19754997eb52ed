package org.brink.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A direct quotation and who said it.
 *
 * @param text the quoted words, without the quotation marks
 * @param span where they stand in the cleaned text
 * @param speaker who said it, or null when no speaker can be found nearby
 */
public record Quote(String text, Span span, @Nullable Speaker speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /**
   * @param code the speaker's actor code, or null when the name is not in the dictionaries
   */
  public record Speaker(String text, @Nullable String code, Span span) {
    public Speaker {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }
}
