package org.brink.eval.scoring;

/** How much of a gold entry a prediction must agree with to match it. */
enum Level {
  /** Source, target, root (or PLOVER category) and dates. */
  ROOT,
  /** As {@link #ROOT}, plus the exact code where the entry lists codes. */
  CODE,
  /**
   * Root (or PLOVER category) and dates only, actors not looked at: whether the coder saw the
   * right kind of event, whoever it names.
   */
  EVENT,
  /** Source and target only. */
  DYAD
}
