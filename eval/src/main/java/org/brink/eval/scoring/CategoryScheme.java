package org.brink.eval.scoring;

/** What the per-category table groups by. */
public enum CategoryScheme {
  /** The two-digit CAMEO root, "01" to "20" (CAMEO gold). */
  CAMEO_ROOT,
  /** The PLOVER category (PLOVER gold, whose entries have no roots). */
  PLOVER_CATEGORY
}
