package org.brink.eval.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The scores of one CAMEO root or PLOVER category, at the root level.
 *
 * <p>A required entry belongs to its first root (or category); a prediction to its own root (or
 * category, {@code "none"} when it has none).
 *
 * @param category {@code "01"} to {@code "20"}, or a PLOVER category
 * @param gold required entries of this category
 * @param matchedGold of those, the ones matched by a counted prediction
 * @param predicted counted predictions of this category
 * @param correctPredicted of those, the ones matching a required or acceptable entry
 */
public record CategoryRow(
    String category, int gold, int matchedGold, int predicted, int correctPredicted) {
  public CategoryRow {
    Objects.requireNonNull(category, "category");
  }

  public Ratio precision() {
    return new Ratio(correctPredicted, predicted);
  }

  public Ratio recall() {
    return new Ratio(matchedGold, gold);
  }

  public OptionalDouble f1() {
    return Ratio.f1(precision(), recall());
  }
}
