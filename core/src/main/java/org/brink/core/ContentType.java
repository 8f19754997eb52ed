package org.brink.core;

/** How an article's body is written. */
public enum ContentType {
  /** Plain text, possibly with page furniture copied along with it. */
  TEXT,
  /** An HTML page or fragment. */
  HTML
}
