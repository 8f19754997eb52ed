package org.brink.eval.scoring;

import java.time.LocalDate;
import java.util.Objects;
import org.brink.core.ActorRef;
import org.brink.core.CodedEvent;
import org.brink.core.Modality;
import org.jspecify.annotations.Nullable;

/**
 * One event the coder found, reduced to what scoring looks at.
 *
 * @param code the CAMEO event code, 2-4 digits with the leading zero
 * @param ploverCategory the code's PLOVER category, or null where the mapping has none
 * @param source the source actor code, or null when the coder named no source
 * @param target the target actor code, or null
 * @param modality only asserted and future predictions are counted
 * @param date the event's day, or null when unknown
 */
public record Prediction(
    String code,
    @Nullable String ploverCategory,
    @Nullable String source,
    @Nullable String target,
    Modality modality,
    @Nullable LocalDate date) {
  public Prediction {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(modality, "modality");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + code);
    }
  }

  /** What the coder wrote for one event. */
  public static Prediction of(CodedEvent event) {
    Objects.requireNonNull(event, "event");
    var plover = event.code().plover();
    return new Prediction(
        event.code().code(),
        plover == null ? null : plover.category(),
        code(event.source()),
        code(event.target()),
        event.modality(),
        event.date());
  }

  /** The two-digit root: {@code "02"} for {@code "0256"}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** Whether scoring counts it: asserted or future. */
  public boolean counted() {
    return modality.counted();
  }

  private static @Nullable String code(@Nullable ActorRef actor) {
    return actor == null ? null : actor.code();
  }
}
