package org.brink.eval.scoring;

/**
 * Gold quotations found among the predicted ones.
 *
 * @param found gold quotes with a predicted quote that contains its words, attributed to a speaker
 *     whose text contains the gold speaker (both case-insensitive)
 * @param expected all gold quotes
 * @param foundWithoutHard the same, leaving out quotes marked hard
 * @param expectedWithoutHard gold quotes not marked hard
 */
public record QuoteScore(int found, int expected, int foundWithoutHard, int expectedWithoutHard) {
  public QuoteScore {
    if (found > expected || foundWithoutHard > expectedWithoutHard || found < 0) {
      throw new IllegalArgumentException("found exceeds expected");
    }
  }

  public Ratio ratio() {
    return new Ratio(found, expected);
  }

  public Ratio ratioWithoutHard() {
    return new Ratio(foundWithoutHard, expectedWithoutHard);
  }
}
