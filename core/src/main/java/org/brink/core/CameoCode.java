package org.brink.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One CAMEO event code with its facts.
 *
 * @param code two to four digits, leading zero kept: {@code "0256"}
 * @param quadClass GDELT's grouping: 1 verbal cooperation, 2 material cooperation, 3 verbal
 *     conflict, 4 material conflict
 * @param goldstein the Goldstein conflict-cooperation weight, -10 to +10
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
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1-4: " + quadClass);
    }
  }

  /** The two-digit root: {@code "02"} for {@code "0256"}. */
  public String root() {
    return code.substring(0, 2);
  }
}
