package org.brink.store.merge;

/**
 * How close two mentions must be to merge.
 *
 * @param dayWindow the most days a mention's day may lie after the first day of the event it joins
 *     (0 = same day only); 1 by default, since outlets date the same strike a day apart across
 *     time zones and overnight reports
 */
public record MergeConfig(int dayWindow) {
  public static final MergeConfig DEFAULT = new MergeConfig(1);

  public MergeConfig {
    if (dayWindow < 0 || dayWindow > 30) {
      throw new IllegalArgumentException("merge day window must be 0 to 30 days: " + dayWindow);
    }
  }

  /** A stable text form, stored with a merge so a change of configuration triggers a rebuild. */
  public String key() {
    return "window=" + dayWindow + ";families=" + CameoFamily.VERSION;
  }
}
