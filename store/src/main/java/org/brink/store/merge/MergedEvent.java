package org.brink.store.merge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.brink.core.Location;
import org.jspecify.annotations.Nullable;

/**
 * One real-world event merged from its mentions: a row of the {@code events} table.
 *
 * @param id stable across rebuilds while the event's earliest mention stays the same: the first 63
 *     bits of the SHA-256 of that mention's id (GDELT's GlobalEventID is an integer too)
 * @param day the first day of the event (the earliest mention's day)
 * @param sourceCode the actor code most mentions give the source (more specific code on a tie),
 *     or null when no mention names a source
 * @param sourceName the words most mentions use for the source
 * @param sourceCountry the country part of the source code, "" when there is no source
 * @param code the CAMEO code most mentions give (more specific, then smaller, on a tie)
 * @param modality {@code asserted} when any mention asserts it, else {@code future}
 * @param isRoot true when a mention stands in the first two sentences of its article (GDELT's
 *     IsRootEvent: the lead)
 * @param numSources distinct outlets ({@link MentionFacts#sourceKey})
 * @param firstSeen the earliest publication (or coding) day of its articles
 * @param place the most specific place its mentions give, or null
 * @param confidence the mean confidence of its mentions
 * @param sourceUrl the URL of its earliest article that has one, or null
 * @param addedAt when its earliest article was stored
 * @param mentionIds its mentions, in day and id order
 */
public record MergedEvent(
    long id,
    LocalDate day,
    @Nullable String sourceCode,
    @Nullable String sourceName,
    String sourceCountry,
    @Nullable String targetCode,
    @Nullable String targetName,
    String targetCountry,
    String code,
    String name,
    @Nullable Integer quadClass,
    @Nullable Double goldstein,
    String modality,
    boolean isRoot,
    int numMentions,
    int numArticles,
    int numSources,
    LocalDate firstSeen,
    LocalDate lastSeen,
    @Nullable Location place,
    double confidence,
    @Nullable String sourceUrl,
    LocalDateTime addedAt,
    List<String> mentionIds) {
  public MergedEvent {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(sourceCountry, "sourceCountry");
    Objects.requireNonNull(targetCountry, "targetCountry");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(addedAt, "addedAt");
    mentionIds = List.copyOf(mentionIds);
  }

  /** The CAMEO root: the code's first two digits. */
  public String root() {
    return code.substring(0, 2);
  }
}
