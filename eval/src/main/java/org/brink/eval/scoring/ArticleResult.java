package org.brink.eval.scoring;

import java.util.List;
import java.util.Objects;
import org.brink.eval.gold.GoldEvent;
import org.brink.eval.gold.GoldQuote;

/**
 * What went wrong in one article, at the root level: for reading the errors, not for the figures.
 *
 * @param id the article id
 * @param missed required entries no counted prediction matches
 * @param falsePositives counted predictions matching no required or acceptable entry
 * @param forbiddenHits counted predictions matching a forbidden entry
 * @param missedQuotes gold quotes not found
 * @param actorErrors counted predictions whose event (root and PLOVER category) matches a required
 *     entry but whose source or target matches none of those entries: the actor errors behind the
 *     source and target accuracy figures
 */
public record ArticleResult(
    String id,
    List<GoldEvent> missed,
    List<Prediction> falsePositives,
    List<ForbiddenHit> forbiddenHits,
    List<GoldQuote> missedQuotes,
    List<ActorError> actorErrors) {
  public ArticleResult {
    Objects.requireNonNull(id, "id");
    missed = List.copyOf(missed);
    falsePositives = List.copyOf(falsePositives);
    forbiddenHits = List.copyOf(forbiddenHits);
    missedQuotes = List.copyOf(missedQuotes);
    actorErrors = List.copyOf(actorErrors);
  }

  /** Whether there is anything to report. */
  public boolean hasErrors() {
    return !missed.isEmpty()
        || !falsePositives.isEmpty()
        || !forbiddenHits.isEmpty()
        || !missedQuotes.isEmpty()
        || !actorErrors.isEmpty();
  }

  /** A counted prediction and the forbidden entry it matches. */
  public record ForbiddenHit(Prediction prediction, GoldEvent entry) {
    public ForbiddenHit {
      Objects.requireNonNull(prediction, "prediction");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /**
   * A counted prediction whose event matches {@code entries} but whose source ({@code sourceWrong})
   * or target ({@code targetWrong}) matches none of them.
   */
  public record ActorError(
      Prediction prediction, List<GoldEvent> entries, boolean sourceWrong, boolean targetWrong) {
    public ActorError {
      Objects.requireNonNull(prediction, "prediction");
      entries = List.copyOf(entries);
    }
  }
}
