package org.brink.core;

import java.util.Objects;

/** A piece of the cleaned text with where it stands: a trigger word, a sentence. */
public record TextRef(String text, Span span) {
  public TextRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  public static TextRef of(String fullText, Span span) {
    return new TextRef(span.of(fullText), span);
  }
}
