package org.brink.core;

/**
 * A half-open character range {@code [begin, end)} into a text, usually the cleaned article text.
 *
 * <p>Design decision: spans are plain ints rather than a pointer into one text so that they can be
 * serialised, compared and shifted cheaply; the text they index is always named by the field that
 * holds them.
 */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  /** The substring of {@code text} this span covers. */
  public String of(String text) {
    return text.substring(begin, end);
  }

  public Span shift(int offset) {
    return new Span(begin + offset, end + offset);
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }
}
