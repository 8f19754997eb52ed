package org.brink.eval.scoring;

import java.util.Objects;
import org.brink.core.Quote;
import org.jspecify.annotations.Nullable;

/**
 * One quotation the coder extracted.
 *
 * @param text the quoted words
 * @param speakerText the words naming who said it, or null when the coder found no speaker
 */
public record PredictedQuote(String text, @Nullable String speakerText) {
  public PredictedQuote {
    Objects.requireNonNull(text, "text");
  }

  /** What the coder wrote for one quotation. */
  public static PredictedQuote of(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    Quote.Speaker speaker = quote.speaker();
    return new PredictedQuote(quote.text(), speaker == null ? null : speaker.text());
  }
}
