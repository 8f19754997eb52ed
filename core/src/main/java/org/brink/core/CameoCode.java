package org.brink.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One CAMEO event code with its facts, or a code a loaded dictionary uses outside CAMEO.
 *
 * <p>Design decision: a PETRARCH or TABARI dictionary may code in another scheme (the WEIS codes
 * of PETRARCH's validation dictionary, 212 or 903); Brink gives those events the dictionary's code
 * and no facts, rather than dropping them or inventing a weight. Such a code has quad class 0,
 * Goldstein weight NaN and no PLOVER mapping ({@link #outsideCameo}); writers show the facts as
 * null and aggregates leave the events out.
 *
 * @param code two to four digits, leading zero kept: {@code "0256"}
 * @param quadClass GDELT's grouping: 1 verbal cooperation, 2 material cooperation, 3 verbal
 *     conflict, 4 material conflict; 0 for a code outside CAMEO
 * @param goldstein the Goldstein conflict-cooperation weight, -10 to +10; NaN outside CAMEO
 * @param plover the PLOVER mapping, or null where there is none
 */
public record CameoCode(
    String code, String name, int quadClass, double goldstein, @Nullable Plover plover) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + code);
    }
    if (quadClass == 0) {
      if (!Double.isNaN(goldstein) || plover != null) {
        throw new IllegalArgumentException(
            "a code outside CAMEO (quad class 0) has no Goldstein weight or PLOVER mapping: " + code);
      }
    } else if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1-4, or 0 outside CAMEO: " + quadClass);
    } else if (Double.isNaN(goldstein)) {
      throw new IllegalArgumentException("a CAMEO code needs a Goldstein weight: " + code);
    }
  }

  /** A code a loaded dictionary gives that CAMEO does not define: no quad class, weight or PLOVER. */
  public static CameoCode outsideCameo(String code) {
    return new CameoCode(code, "not a CAMEO code (from a loaded dictionary)", 0, Double.NaN, null);
  }

  /** Whether the code is CAMEO's, with a quad class and a Goldstein weight. */
  public boolean inCameo() {
    return quadClass != 0;
  }

  /** The quad class, or null outside CAMEO. */
  public @Nullable Integer quadClassOrNull() {
    return inCameo() ? quadClass : null;
  }

  /** The Goldstein weight, or null outside CAMEO. */
  public @Nullable Double goldsteinOrNull() {
    return inCameo() ? goldstein : null;
  }

  /** The two-digit root: {@code "02"} for {@code "0256"}. */
  public String root() {
    return code.substring(0, 2);
  }
}
