package org.brink.store;

/**
 * A storage failure: the database could not be opened, migrated, written or read. Unlike a bad
 * article, which becomes a {@link org.brink.core.Problem}, this stops a run.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
