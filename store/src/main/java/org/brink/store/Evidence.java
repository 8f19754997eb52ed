package org.brink.store;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mention of a merged event with its evidence: the sentence, the trigger words and the article
 * it came from.
 *
 * @param mentionId the mention's id ({@code ARTICLE-ID#SENTENCE.N})
 * @param code the CAMEO code this mention gave
 * @param modality {@code asserted} or {@code future}
 */
public record Evidence(
    String mentionId,
    String articleId,
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String url,
    @Nullable String outlet,
    String code,
    String modality,
    @Nullable String sourceText,
    @Nullable String targetText,
    String sentence,
    String trigger,
    @Nullable LocalDate date) {
  public Evidence {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
  }
}
