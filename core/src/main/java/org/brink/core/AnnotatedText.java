package org.brink.core;

import java.util.List;
import java.util.Objects;

/** The cleaned text split into sentences, tokens and parses. */
public record AnnotatedText(
    ArticleId id, ArticleMeta meta, String text, List<Sentence> sentences, List<Problem> warnings) {
  public AnnotatedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    warnings = List.copyOf(warnings);
  }
}
