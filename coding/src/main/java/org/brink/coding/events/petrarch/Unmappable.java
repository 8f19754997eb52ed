package org.brink.coding.events.petrarch;

/**
 * Thrown inside the translator when a line cannot be mapped; caught by the translator, which
 * records it as a problem for that line and goes on with the next.
 */
final class Unmappable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final Reason reason;

  Unmappable(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }
}
