package org.brink.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a worker's result, the same way in every command. */
final class Futures {
  private Futures() {}

  /**
   * The result of {@code f}. A worker's exception is a bug (stages never throw on bad input; the
   * pipeline runner turns their failures into problems), so it is rethrown unchecked with its
   * cause; an interrupt restores the flag and stops the command.
   */
  static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    }
  }
}
