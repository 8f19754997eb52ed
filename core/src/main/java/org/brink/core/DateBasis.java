package org.brink.core;

import java.util.Locale;

/** How an event's date was found. */
public enum DateBasis {
  /** The text names the day: "on April 14", "January 18, 2024". */
  EXPLICIT,
  /** A day counted from the publication date: "on Thursday", "yesterday". */
  RELATIVE,
  /** No day in the text: the publication date stands in. */
  PUBLICATION;

  /** The code written in output: {@code "explicit"}, {@code "relative"}, {@code "publication"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
