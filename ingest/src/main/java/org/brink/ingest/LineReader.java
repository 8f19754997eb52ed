package org.brink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads an input stream as {@code \n}-terminated lines of bytes, keeping at most {@code maxBytes}
 * of any one line in memory: a longer line is counted and skipped, never stored.
 *
 * <p>Not thread-safe: one reader per stream.
 */
final class LineReader {
  /**
   * One line without its line end.
   *
   * @param number 1-based line number
   * @param bytes the line's bytes, or null when it was longer than the limit
   * @param length the line's length in bytes, also when it was too long
   */
  record Line(long number, byte @Nullable [] bytes, long length) {}

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean ended;

  LineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. A final line without {@code \n} counts. */
  @Nullable Line next() throws IOException {
    if (ended) {
      return null;
    }
    byte[] line = new byte[256];
    int stored = 0;
    long length = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int newline = indexOf(buffer, (byte) '\n', position, limit);
      int end = newline < 0 ? limit : newline;
      int chunk = end - position;
      length += chunk;
      if (!tooLong) {
        if (length > maxBytes) {
          tooLong = true;
          line = new byte[0];
        } else {
          if (stored + chunk > line.length) {
            line =
                Arrays.copyOf(
                    line, (int) Math.min(maxBytes, Math.max(stored + chunk, line.length * 2L)));
          }
          System.arraycopy(buffer, position, line, stored, chunk);
          stored += chunk;
        }
      }
      position = end;
      if (newline >= 0) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return new Line(lineNumber, null, length);
    }
    // A Windows line end leaves a carriage return before the line feed.
    if (stored > 0 && line[stored - 1] == '\r') {
      stored--;
      length--;
    }
    return new Line(lineNumber, Arrays.copyOf(line, stored), length);
  }

  private static int indexOf(byte[] bytes, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
