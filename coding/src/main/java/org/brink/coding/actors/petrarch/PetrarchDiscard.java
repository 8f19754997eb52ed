package org.brink.coding.actors.petrarch;

import java.util.Objects;

/**
 * One phrase of a PETRARCH discard list.
 *
 * @param name the phrase
 * @param wholeStory true for a {@code +} line, whose phrase discards the whole story in PETRARCH;
 *     false for a sentence-level discard
 */
public record PetrarchDiscard(PetrarchName name, boolean wholeStory) {
  public PetrarchDiscard {
    Objects.requireNonNull(name, "name");
  }
}
