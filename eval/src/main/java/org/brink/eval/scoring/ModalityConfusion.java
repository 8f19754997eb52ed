package org.brink.eval.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.brink.core.Modality;

/**
 * How the coder's modality compares with the gold's expectation.
 *
 * <p>For each gold entry, the predictions of the same article that match it at the root level
 * whatever their modality are looked at, and the one that agrees best with the entry is counted:
 * for a required entry asserted, then future, hypothetical, negated; for a forbidden entry the
 * reverse. An entry no prediction matches counts under {@code none}.
 *
 * @param required required entries, expected asserted or future
 * @param forbidden forbidden entries, expected not asserted (negated, hypothetical, reversed...)
 */
public record ModalityConfusion(Row required, Row forbidden) {
  public ModalityConfusion {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(forbidden, "forbidden");
  }

  /**
   * One gold class.
   *
   * @param byModality entries whose best prediction has this modality; every modality present
   * @param none entries with no matching prediction at all
   */
  public record Row(Map<Modality, Integer> byModality, int none) {
    public Row {
      EnumMap<Modality, Integer> all = new EnumMap<>(Modality.class);
      for (Modality m : Modality.values()) {
        all.put(m, byModality.getOrDefault(m, 0));
      }
      byModality = java.util.Collections.unmodifiableMap(all);
    }

    public int count(Modality modality) {
      return byModality.get(modality);
    }

    /** All entries of this class. */
    public int total() {
      return none + byModality.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
