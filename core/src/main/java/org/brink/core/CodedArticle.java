package org.brink.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with its events and quotes: what {@code brink code} writes, one per input article.
 *
 * @param text the cleaned text every span indexes
 * @param sentenceCount how many sentences the text was split into
 * @param problems everything that went wrong on the way, warnings included
 */
public record CodedArticle(
    ArticleId id,
    ArticleMeta meta,
    String text,
    int sentenceCount,
    List<CodedEvent> events,
    List<Quote> quotes,
    List<Problem> problems) {
  public CodedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    problems = List.copyOf(problems);
  }
}
