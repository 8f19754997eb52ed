package org.brink.coding.actors;

import java.util.Objects;

/**
 * One dictionary file's text with the name its errors and matches are reported under.
 *
 * @param name the file name, e.g. {@code "countries.txt"}
 * @param text the whole file
 */
public record NamedSource(String name, String text) {
  public NamedSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
  }
}
