package org.brink.ingest;

import java.util.Objects;

/**
 * One paragraph-sized piece of an article's text, as the boilerplate filter judges it.
 *
 * @param text the text, white space collapsed
 * @param kind what the page made of it
 * @param linkShare the share of its non-space characters inside links (or URLs in plain text), 0 to
 *     1
 */
record Block(String text, Kind kind, double linkShare) {
  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM
  }

  Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (linkShare < 0 || linkShare > 1) {
      throw new IllegalArgumentException("link share must be in [0, 1]: " + linkShare);
    }
  }

  int words() {
    return TextShape.wordCount(text);
  }
}
