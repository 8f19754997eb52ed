package org.brink.eval.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Precision and recall at one matching level (root, full code, event or dyad).
 *
 * <p>Without hard entries, a hard required entry leaves the recall total and is treated as
 * acceptable, so precision is the same either way.
 *
 * @param precision counted predictions matching a required or acceptable entry / counted
 *     predictions
 * @param recall required entries matched by at least one counted prediction / required entries
 * @param recallWithoutHard the same over required entries not marked hard
 */
public record LevelScore(Ratio precision, Ratio recall, Ratio recallWithoutHard) {
  public LevelScore {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(recall, "recall");
    Objects.requireNonNull(recallWithoutHard, "recallWithoutHard");
  }

  public OptionalDouble f1() {
    return Ratio.f1(precision, recall);
  }

  public OptionalDouble f1WithoutHard() {
    return Ratio.f1(precision, recallWithoutHard);
  }
}
