package org.brink.eval.scoring;

import java.util.List;
import java.util.Objects;
import org.brink.core.CodedArticle;

/** Everything the coder found in one gold article: its events, every modality, and quotes. */
public record ArticlePredictions(List<Prediction> events, List<PredictedQuote> quotes) {
  public ArticlePredictions {
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** No events and no quotes, as for an article the coder rejected. */
  public static ArticlePredictions none() {
    return new ArticlePredictions(List.of(), List.of());
  }

  /** The events and quotes of a coded article. */
  public static ArticlePredictions of(CodedArticle article) {
    Objects.requireNonNull(article, "article");
    return new ArticlePredictions(
        article.events().stream().map(Prediction::of).toList(),
        article.quotes().stream().map(PredictedQuote::of).toList());
  }
}
