package org.brink.eval.gold;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One text to code and what the coder should, may and must not find in it.
 *
 * @param id unique within its gold set; predictions are keyed by it
 * @param published the day the text speaks from (resolves "yesterday"), or null when unknown
 * @param text the text to code
 * @param required events the coder should find: they make recall
 * @param acceptable defensible events that neither raise recall nor count against precision
 * @param forbidden events that are wrong in a way worth tracking (negated, hypothetical, reversed)
 * @param quotes quotations the coder should attribute
 */
public record GoldArticle(
    String id,
    @Nullable LocalDate published,
    String text,
    List<GoldEvent> required,
    List<GoldEvent> acceptable,
    List<GoldEvent> forbidden,
    List<GoldQuote> quotes) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold article id is blank");
    }
    required = List.copyOf(required);
    acceptable = List.copyOf(acceptable);
    forbidden = List.copyOf(forbidden);
    quotes = List.copyOf(quotes);
  }
}
