package org.brink.eval.gold;

import java.io.Serial;

/**
 * A gold file that cannot be read: the message names the file, the line or record, and what is
 * wrong, e.g. {@code gold.json:12: article "a1": required[0].roots[1]: "1" is not a CAMEO root}.
 */
public final class GoldFormatException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
