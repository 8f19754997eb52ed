package org.brink.coding.events;

import java.util.Objects;
import org.brink.coding.actors.ActorMention;
import org.brink.core.Modality;
import org.brink.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * One event found in one sentence, before it is given ids, dates and CAMEO facts.
 *
 * @param trigger the span of the trigger words (verb, particle, object noun)
 * @param confidence 0 to 1
 */
public record EventMatch(
    VerbPattern pattern,
    int verb,
    Span trigger,
    @Nullable ActorMention source,
    @Nullable ActorMention target,
    Modality modality,
    double confidence) {
  public EventMatch {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(modality, "modality");
  }

  /** The same event with another target. */
  public EventMatch withTarget(@Nullable ActorMention newTarget) {
    return new EventMatch(pattern, verb, trigger, source, newTarget, modality, confidence);
  }

  /** The same event with another source. */
  public EventMatch withSource(@Nullable ActorMention newSource) {
    return new EventMatch(pattern, verb, trigger, newSource, target, modality, confidence);
  }

  /** The (code, source, target) triple: events with the same triple in a sentence are one. */
  public String triple() {
    return pattern.code()
        + "|"
        + (source == null ? "" : source.code())
        + "|"
        + (target == null ? "" : target.code());
  }
}
