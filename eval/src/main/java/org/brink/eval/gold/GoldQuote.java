package org.brink.eval.gold;

import java.util.Objects;

/**
 * A direct quotation the coder should extract and attribute.
 *
 * @param speaker a word or words the extracted speaker's text must contain, e.g. a surname or
 *     {@code "foreign ministry"}
 * @param contains words the extracted quotation must contain
 * @param hard the text leaves the attribution unclear; reported with and without these
 */
public record GoldQuote(String speaker, String contains, boolean hard) {
  public GoldQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(contains, "contains");
    if (speaker.isBlank() || contains.isBlank()) {
      throw new IllegalArgumentException("a gold quote needs a speaker and words it contains");
    }
  }
}
