package org.brink.core;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event coded from one sentence, with the evidence for it.
 *
 * @param id stable within the article: {@code "<article id>#e<sentence>.<n>"}
 * @param source who acted, or null when the text names no one Brink can code
 * @param target on whom, or null
 * @param date the day of the event, or null when unknown
 * @param dateBasis how the date was found, or null when there is none
 * @param sentenceIndex 0-based index of the sentence
 * @param sentence the sentence's text and span
 * @param trigger the word or words that carry the event
 * @param rule the id of the pattern that fired, e.g. {@code "verbs.txt:42"}
 * @param confidence 0 to 1: how sure the coder is of this reading
 */
public record CodedEvent(
    String id,
    CameoCode code,
    Modality modality,
    @Nullable ActorRef source,
    @Nullable ActorRef target,
    @Nullable LocalDate date,
    @Nullable DateBasis dateBasis,
    @Nullable Location location,
    int sentenceIndex,
    TextRef sentence,
    TextRef trigger,
    String rule,
    double confidence) {
  public CodedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(rule, "rule");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }
}
