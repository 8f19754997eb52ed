package org.brink.core;

import java.util.List;
import java.util.Objects;

/**
 * An article's main text with page furniture removed. Every span Brink reports indexes {@code
 * text}.
 *
 * @param meta the article's metadata, completed from the page where the input had none
 * @param warnings problems carried from reading plus those found while cleaning
 */
public record CleanText(ArticleId id, ArticleMeta meta, String text, List<Problem> warnings) {
  public CleanText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
