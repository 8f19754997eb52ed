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
   * @param refersTo for a pronoun or role noun ("he", "the spokesperson") that coreference resolved,
   *     or a "he" or "she" the text's last-named person stands for, the name it stands for and
   *     where that stands ("Antony Blinken"); null otherwise
   */
  public record Speaker(String text, @Nullable String code, Span span, @Nullable TextRef refersTo) {
    public Speaker {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }

    /** A speaker named in so many words. */
    public Speaker(String text, @Nullable String code, Span span) {
      this(text, code, span, null);
    }
  }
}
