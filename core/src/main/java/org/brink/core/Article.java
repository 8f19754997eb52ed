package org.brink.core;

import java.util.List;
import java.util.Objects;

/**
 * An article as read from its input, before cleaning.
 *
 * @param body the raw body: plain text or HTML as {@code type} says
 * @param warnings problems found while reading that did not stop the article (for example an
 *     encoding repaired)
 */
public record Article(
    ArticleId id, ArticleMeta meta, String body, ContentType type, List<Problem> warnings) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(type, "type");
    warnings = List.copyOf(warnings);
  }

  public Article(ArticleId id, ArticleMeta meta, String body, ContentType type) {
    this(id, meta, body, type, List.of());
  }
}
