package org.brink.eval.scoring;

import java.util.Objects;
import org.brink.core.Quote;
import org.jspecify.annotations.Nullable;

/**
 * One quotation the coder extracted.
 *
 * @param text the quoted words
 * @param speakerText the words naming who said it, or null when the coder found no speaker
 * @param refersToText for a pronoun or role noun the coder resolved ("he"), the name it stands for;
 *     else null
 */
public record PredictedQuote(String text, @Nullable String speakerText, @Nullable String refersToText) {
  public PredictedQuote {
    Objects.requireNonNull(text, "text");
  }

  /** A quote whose speaker, if any, is named in so many words. */
  public PredictedQuote(String text, @Nullable String speakerText) {
    this(text, speakerText, null);
  }

  /** What the coder wrote for one quotation. */
  public static PredictedQuote of(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    Quote.Speaker speaker = quote.speaker();
    return new PredictedQuote(
        quote.text(),
        speaker == null ? null : speaker.text(),
        speaker == null || speaker.refersTo() == null ? null : speaker.refersTo().text());
  }
}
