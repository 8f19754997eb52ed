package org.brink.store.merge;

/**
 * Which CAMEO roots count as one kind of event for the merge. Each root is its own family except
 * the uses of force: 18 (assault), 19 (fight) and 20 (unconventional mass violence), which outlets
 * describe with different words for the same strike ("attacked", "bombed", "shelled"), and which
 * the coder can read as 18x, 19x or 20x depending on the verb.
 */
final class CameoFamily {
  /** Part of the merge configuration key: bump when the families change. */
  static final int VERSION = 1;

  private CameoFamily() {}

  /** The family of a two-digit root: {@code "force"} for 18, 19 and 20, else the root itself. */
  static String of(String root) {
    return switch (root) {
      case "18", "19", "20" -> "force";
      default -> root;
    };
  }
}
