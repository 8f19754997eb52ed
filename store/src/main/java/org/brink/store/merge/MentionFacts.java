package org.brink.store.merge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.brink.core.Location;
import org.jspecify.annotations.Nullable;

/**
 * What the merge needs to know of one counted (asserted or future) mention and its article.
 *
 * @param day the event's date, else the article's publication day, else the day it was coded
 * @param seen the article's publication day, else the day it was coded
 * @param sourceKey who published it: {@link #sourceKey(String, String, String)}
 */
public record MentionFacts(
    String id,
    String articleId,
    @Nullable String sourceCode,
    @Nullable String sourceText,
    @Nullable String targetCode,
    @Nullable String targetText,
    String code,
    String name,
    @Nullable Integer quadClass,
    @Nullable Double goldstein,
    String modality,
    LocalDate day,
    LocalDate seen,
    LocalDateTime codedAt,
    @Nullable Location place,
    int sentenceIndex,
    double confidence,
    String sourceKey,
    @Nullable String url) {
  public MentionFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(seen, "seen");
    Objects.requireNonNull(codedAt, "codedAt");
    Objects.requireNonNull(sourceKey, "sourceKey");
  }

  /** How fine a place is: 0 a country alone, 1 a first-order division, 2 a city. */
  static int level(Location place) {
    return place.geonamesId() != null ? 2 : place.admin1() != null ? 1 : 0;
  }

  /**
   * True when both can be the same place: the same country (or one unknown), and no two
   * different divisions or cities. A country is compatible with any place inside it.
   */
  static boolean compatible(Location a, Location b) {
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return false;
    }
    if (a.admin1() != null && b.admin1() != null && !a.admin1().equals(b.admin1())) {
      return false;
    }
    return a.geonamesId() == null || b.geonamesId() == null || a.geonamesId().equals(b.geonamesId());
  }

  /** The country part of an actor code: its first three letters, or "" when there is no actor. */
  public static String country(@Nullable String actorCode) {
    if (actorCode == null || actorCode.isEmpty()) {
      return "";
    }
    return org.brink.core.ActorRef.countryOf(actorCode);
  }

  /**
   * The key that tells outlets apart: the outlet's name lower-cased, else the URL's host without
   * {@code www.}, else the article itself (an article of unknown origin is its own source).
   */
  public static String sourceKey(@Nullable String outlet, @Nullable String url, String articleId) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet.strip().toLowerCase(java.util.Locale.ROOT);
    }
    String host = host(url);
    if (host != null) {
      return host;
    }
    return "article:" + articleId;
  }

  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(java.util.Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null; // not a URL: the caller falls back to the article
    }
  }
}
