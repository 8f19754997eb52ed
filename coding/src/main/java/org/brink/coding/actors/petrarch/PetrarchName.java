package org.brink.coding.actors.petrarch;

import java.util.Objects;

/**
 * One name of a PETRARCH actor, agent or discard, as Brink matches it.
 *
 * @param text the words joined by single spaces, as written (PETRARCH writes them in capitals):
 *     {@code "NORTH KOREA"} for {@code NORTH_KOREA_}; parentheses stand apart as words of their own
 * @param location {@code "file:LINE"} of the line that lists it
 */
public record PetrarchName(String text, String location) {
  public PetrarchName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty name at " + location);
    }
  }
}
