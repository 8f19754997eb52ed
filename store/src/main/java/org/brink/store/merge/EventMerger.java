package org.brink.store.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.brink.core.Location;
import org.jspecify.annotations.Nullable;

/**
 * Merges the counted mentions of one dyad into real-world events.
 *
 * <p>Two mentions can be one event when they have the same dyad at country level (the first three
 * letters of the source and target codes, an absent actor counting as its own value), the same
 * CAMEO family ({@link CameoFamily}), days within {@link MergeConfig#dayWindow()} of the event's
 * first day, and compatible places (same country, no two different divisions or cities, or one
 * side without a place).
 *
 * <p>Implementation notes: mentions are grouped by (source country, target country, family) and
 * sorted by day and then id. Each mention joins the oldest open event it is compatible with, or
 * opens a new one; an event closes once the mentions' days have moved past its first day plus the
 * window. The window is anchored on the event's first day, not chained from mention to mention,
 * so a month of daily strikes stays a month of events rather than collapsing into one. Sorting by
 * content (day, content-hash id) instead of by arrival makes the result the same whatever order
 * the articles were ingested in.
 */
public final class EventMerger {
  private final MergeConfig config;

  public EventMerger(MergeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Merges mentions into events. The input may hold several dyads and need not be sorted; the
   * events come out ordered by day and id.
   */
  public List<MergedEvent> merge(List<MentionFacts> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    Map<String, List<MentionFacts>> blocks = new TreeMap<>();
    for (MentionFacts m : mentions) {
      String key =
          MentionFacts.country(m.sourceCode())
              + "|"
              + MentionFacts.country(m.targetCode())
              + "|"
              + CameoFamily.of(m.code().substring(0, 2));
      blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<MergedEvent> events = new ArrayList<>();
    for (List<MentionFacts> block : blocks.values()) {
      for (Cluster cluster : clusters(block)) {
        events.add(cluster.toEvent());
      }
    }
    events.sort(Comparator.comparing(MergedEvent::day).thenComparingLong(MergedEvent::id));
    return events;
  }

  private List<Cluster> clusters(List<MentionFacts> block) {
    List<MentionFacts> sorted = new ArrayList<>(block);
    sorted.sort(BY_DAY_AND_ID);
    List<Cluster> done = new ArrayList<>();
    Deque<Cluster> open = new ArrayDeque<>();
    for (MentionFacts m : sorted) {
      for (Iterator<Cluster> it = open.iterator(); it.hasNext(); ) {
        Cluster c = it.next();
        if (ChronoUnit.DAYS.between(c.firstDay, m.day()) > config.dayWindow()) {
          it.remove();
          done.add(c);
        }
      }
      Cluster home = null;
      for (Cluster c : open) {
        if (c.accepts(m)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new Cluster(m.day());
        open.addLast(home);
      }
      home.add(m);
    }
    done.addAll(open);
    return done;
  }

  static final Comparator<MentionFacts> BY_DAY_AND_ID =
      Comparator.comparing(MentionFacts::day).thenComparing(MentionFacts::id);

  /** The mentions of one event so far. */
  private static final class Cluster {
    final LocalDate firstDay;
    final List<MentionFacts> mentions = new ArrayList<>();
    @Nullable Location place;

    Cluster(LocalDate firstDay) {
      this.firstDay = firstDay;
    }

    boolean accepts(MentionFacts m) {
      Location other = m.place();
      return place == null || other == null || MentionFacts.compatible(place, other);
    }

    void add(MentionFacts m) {
      mentions.add(m);
      Location p = m.place();
      if (p != null && (place == null || MentionFacts.level(p) > MentionFacts.level(place))) {
        place = p;
      }
    }

    MergedEvent toEvent() {
      MentionFacts first = mentions.get(0);
      String code = mostCommon(mentions, MentionFacts::code, CODE_PREFERENCE);
      MentionFacts withCode = null;
      for (MentionFacts m : mentions) {
        if (m.code().equals(code)) {
          withCode = m;
          break;
        }
      }
      Objects.requireNonNull(withCode, "a mention with the chosen code");
      Set<String> articles = new HashSet<>();
      Set<String> sources = new HashSet<>();
      LocalDate firstSeen = first.seen();
      LocalDate lastSeen = first.seen();
      LocalDateTime addedAt = first.codedAt();
      boolean asserted = false;
      boolean isRoot = false;
      double confidence = 0;
      MentionFacts earliestWithUrl = null;
      List<String> ids = new ArrayList<>(mentions.size());
      for (MentionFacts m : mentions) {
        ids.add(m.id());
        articles.add(m.articleId());
        sources.add(m.sourceKey());
        firstSeen = m.seen().isBefore(firstSeen) ? m.seen() : firstSeen;
        lastSeen = m.seen().isAfter(lastSeen) ? m.seen() : lastSeen;
        addedAt = m.codedAt().isBefore(addedAt) ? m.codedAt() : addedAt;
        asserted |= m.modality().equals("asserted");
        isRoot |= m.sentenceIndex() < 2;
        confidence += m.confidence();
        if (m.url() != null
            && (earliestWithUrl == null
                || BY_SEEN_AND_ARTICLE.compare(m, earliestWithUrl) < 0)) {
          earliestWithUrl = m;
        }
      }
      ids.sort(Comparator.naturalOrder());
      String sourceCode = mostCommon(mentions, MentionFacts::sourceCode, CODE_PREFERENCE);
      String targetCode = mostCommon(mentions, MentionFacts::targetCode, CODE_PREFERENCE);
      return new MergedEvent(
          idOf(first.id()),
          firstDay,
          sourceCode,
          mostCommon(mentions, MentionFacts::sourceText, Comparator.naturalOrder()),
          MentionFacts.country(first.sourceCode()),
          targetCode,
          mostCommon(mentions, MentionFacts::targetText, Comparator.naturalOrder()),
          MentionFacts.country(first.targetCode()),
          code,
          withCode.name(),
          withCode.quadClass(),
          withCode.goldstein(),
          asserted ? "asserted" : "future",
          isRoot,
          mentions.size(),
          articles.size(),
          sources.size(),
          firstSeen,
          lastSeen,
          place,
          confidence / mentions.size(),
          earliestWithUrl == null ? null : earliestWithUrl.url(),
          addedAt,
          ids);
    }
  }

  private static final Comparator<MentionFacts> BY_SEEN_AND_ARTICLE =
      Comparator.comparing(MentionFacts::seen).thenComparing(MentionFacts::articleId);

  /** Longer (more specific) codes first, then the smaller. */
  private static final Comparator<String> CODE_PREFERENCE =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

  /**
   * The most frequent non-null value; ties go to the first value in {@code preference} order.
   * Null when every value is null.
   */
  static <T> @Nullable String mostCommon(
      List<T> items, Function<T, @Nullable String> value, Comparator<String> preference) {
    Map<String, Integer> counts = new HashMap<>();
    for (T item : items) {
      String v = value.apply(item);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount
              && best != null
              && preference.compare(e.getKey(), best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** A positive 63-bit id from a mention id, stable across runs and machines. */
  static long idOf(String mentionId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(mentionId.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xFF);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
