package org.brink.eval.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.brink.core.Modality;
import org.brink.eval.gold.GoldArticle;
import org.brink.eval.gold.GoldEvent;
import org.brink.eval.gold.GoldQuote;
import org.brink.eval.gold.GoldSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores the coder's predictions against one gold set. Stateless and thread-safe.
 *
 * <p>Only asserted and future predictions are counted for precision, recall, accuracy and forbidden
 * hits; the modality table looks at every prediction. Each figure is defined in
 * docs/gold-format.md.
 */
public final class Scorer {
  /** Best agreement first, for a required entry: it should be asserted or future. */
  private static final List<Modality> REQUIRED_ORDER =
      List.of(Modality.ASSERTED, Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED);

  /** Best agreement first, for a forbidden entry: it should not be asserted. */
  private static final List<Modality> FORBIDDEN_ORDER = REQUIRED_ORDER.reversed();

  /** The category of a prediction that has no PLOVER category. */
  static final String NO_CATEGORY = "none";

  public Scorer() {}

  /**
   * Scores one gold set.
   *
   * @param predictions per article id, what the coder found; an article without an entry is scored
   *     as one where the coder found nothing (and named in the notes)
   * @throws IllegalArgumentException when predictions name an article the gold set does not have
   */
  public Score score(GoldSet gold, Map<String, ArticlePredictions> predictions) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predictions, "predictions");
    Set<String> unknown = new TreeSet<>(predictions.keySet());
    gold.articles().forEach(a -> unknown.remove(a.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "predictions for articles that gold set "
              + gold.name()
              + " does not have: "
              + String.join(", ", unknown));
    }
    Tally t = new Tally(scheme(gold));
    List<String> unpredicted = new ArrayList<>();
    for (GoldArticle article : gold.articles()) {
      ArticlePredictions p = predictions.get(article.id());
      if (p == null) {
        unpredicted.add(article.id());
        p = ArticlePredictions.none();
      }
      t.add(article, p);
    }
    List<String> notes = new ArrayList<>(gold.notes());
    if (!unpredicted.isEmpty()) {
      notes.add(
          "No predictions given for "
              + unpredicted.size()
              + (unpredicted.size() == 1 ? " article" : " articles")
              + ", scored as finding nothing: "
              + String.join(", ", unpredicted.subList(0, Math.min(10, unpredicted.size())))
              + (unpredicted.size() > 10 ? " and " + (unpredicted.size() - 10) + " more" : ""));
    }
    return t.score(gold, notes);
  }

  /** PLOVER categories when no required entry has CAMEO roots, else CAMEO roots. */
  private static CategoryScheme scheme(GoldSet gold) {
    boolean any = false;
    for (GoldArticle a : gold.articles()) {
      for (GoldEvent e : a.required()) {
        any = true;
        if (!e.roots().isEmpty()) {
          return CategoryScheme.CAMEO_ROOT;
        }
      }
    }
    return any ? CategoryScheme.PLOVER_CATEGORY : CategoryScheme.CAMEO_ROOT;
  }

  /** The running counts over a gold set's articles. */
  private static final class Tally {
    final CategoryScheme scheme;
    int articles;
    int required;
    int hard;
    int acceptable;
    int forbiddenEntries;
    int predictions;
    int counted;
    /** Counted predictions left out because PLOVER has no category for their CAMEO code. */
    int outsideScheme;
    boolean anyCodes;

    /** Per level: required matched, required matched leaving out hard, correct predictions. */
    final EnumMap<Level, int[]> levels = new EnumMap<>(Level.class);

    int eventMatched;
    int sourceRight;
    int targetRight;
    int forbiddenHits;
    final EnumMap<Modality, Integer> requiredModality = new EnumMap<>(Modality.class);
    final EnumMap<Modality, Integer> forbiddenModality = new EnumMap<>(Modality.class);
    int requiredNone;
    int forbiddenNone;

    /** Per category: gold, gold matched, predicted, predicted correct. */
    final Map<String, int[]> categories = new TreeMap<>();

    int quotesFound;
    int quotesExpected;
    int quotesFoundWithoutHard;
    int quotesExpectedWithoutHard;
    final List<ArticleResult> details = new ArrayList<>();

    Tally(CategoryScheme scheme) {
      this.scheme = scheme;
      for (Level level : Level.values()) {
        levels.put(level, new int[3]);
      }
      if (scheme == CategoryScheme.CAMEO_ROOT) {
        for (int root = 1; root <= 20; root++) {
          categories.put(String.format(Locale.ROOT, "%02d", root), new int[4]);
        }
      }
    }

    void add(GoldArticle article, ArticlePredictions given) {
      articles++;
      List<Prediction> all = given.events();
      // PLOVER gold codes only what PLOVER has categories for: CAMEO's statements (01) and
      // appeals (02) have none, so such predictions can be neither right nor wrong there.
      List<Prediction> countedHere =
          all.stream()
              .filter(Prediction::counted)
              .filter(p -> scheme != CategoryScheme.PLOVER_CATEGORY || p.ploverCategory() != null)
              .toList();
      outsideScheme +=
          (int) all.stream().filter(p -> p.counted() && scheme == CategoryScheme.PLOVER_CATEGORY && p.ploverCategory() == null).count();
      predictions += all.size();
      counted += countedHere.size();
      required += article.required().size();
      hard += (int) article.required().stream().filter(GoldEvent::hard).count();
      acceptable += article.acceptable().size();
      forbiddenEntries += article.forbidden().size();
      List<GoldEvent> creditable = new ArrayList<>(article.required());
      creditable.addAll(article.acceptable());
      anyCodes |= creditable.stream().anyMatch(e -> !e.codes().isEmpty());

      for (Level level : Level.values()) {
        int[] c = levels.get(level);
        for (GoldEvent e : article.required()) {
          if (any(countedHere, p -> GoldMatcher.matches(level, e, p))) {
            c[0]++;
            if (!e.hard()) {
              c[1]++;
            }
          }
        }
        for (Prediction p : countedHere) {
          if (any(creditable, e -> GoldMatcher.matches(level, e, p))) {
            c[2]++;
          }
        }
      }

      List<GoldEvent> missed = new ArrayList<>();
      for (GoldEvent e : article.required()) {
        boolean matched = any(countedHere, p -> GoldMatcher.matches(Level.ROOT, e, p));
        if (!matched) {
          missed.add(e);
        }
        int[] row = categories.computeIfAbsent(categoryOf(e), k -> new int[4]);
        row[0]++;
        if (matched) {
          row[1]++;
        }
      }
      List<Prediction> falsePositives = new ArrayList<>();
      List<ArticleResult.ForbiddenHit> hits = new ArrayList<>();
      List<ArticleResult.ActorError> actorErrors = new ArrayList<>();
      for (Prediction p : countedHere) {
        boolean correct = any(creditable, e -> GoldMatcher.matches(Level.ROOT, e, p));
        if (!correct) {
          falsePositives.add(p);
        }
        int[] row = categories.computeIfAbsent(categoryOf(p), k -> new int[4]);
        row[2]++;
        if (correct) {
          row[3]++;
        }
        List<GoldEvent> sameEvent =
            article.required().stream().filter(e -> GoldMatcher.eventMatches(e, p)).toList();
        if (!sameEvent.isEmpty()) {
          eventMatched++;
          boolean sourceOk = any(sameEvent, e -> GoldMatcher.actorMatches(e.sources(), p.source()));
          boolean targetOk = any(sameEvent, e -> GoldMatcher.actorMatches(e.targets(), p.target()));
          sourceRight += sourceOk ? 1 : 0;
          targetRight += targetOk ? 1 : 0;
          if (!sourceOk || !targetOk) {
            actorErrors.add(new ArticleResult.ActorError(p, sameEvent, !sourceOk, !targetOk));
          }
        }
        for (GoldEvent e : article.forbidden()) {
          if (GoldMatcher.matches(Level.ROOT, e, p)) {
            forbiddenHits++;
            hits.add(new ArticleResult.ForbiddenHit(p, e));
            break;
          }
        }
      }

      for (GoldEvent e : article.required()) {
        Modality best = best(e, all, REQUIRED_ORDER);
        if (best == null) {
          requiredNone++;
        } else {
          requiredModality.merge(best, 1, Integer::sum);
        }
      }
      for (GoldEvent e : article.forbidden()) {
        Modality best = best(e, all, FORBIDDEN_ORDER);
        if (best == null) {
          forbiddenNone++;
        } else {
          forbiddenModality.merge(best, 1, Integer::sum);
        }
      }

      List<GoldQuote> missedQuotes = new ArrayList<>();
      for (GoldQuote q : article.quotes()) {
        boolean found = any(given.quotes(), pq -> quoteMatches(q, pq));
        quotesExpected++;
        quotesFound += found ? 1 : 0;
        if (!q.hard()) {
          quotesExpectedWithoutHard++;
          quotesFoundWithoutHard += found ? 1 : 0;
        }
        if (!found) {
          missedQuotes.add(q);
        }
      }
      details.add(new ArticleResult(article.id(), missed, falsePositives, hits, missedQuotes, actorErrors));
    }

    private String categoryOf(GoldEvent e) {
      return scheme == CategoryScheme.CAMEO_ROOT || e.ploverCategories().isEmpty()
          ? (e.roots().isEmpty() ? NO_CATEGORY : e.roots().get(0))
          : e.ploverCategories().get(0);
    }

    private String categoryOf(Prediction p) {
      if (scheme == CategoryScheme.CAMEO_ROOT) {
        return p.root();
      }
      String category = p.ploverCategory();
      return category == null ? NO_CATEGORY : category;
    }

    /**
     * The modality earliest in {@code order} among predictions matching {@code e} at root level.
     */
    private static @Nullable Modality best(
        GoldEvent e, List<Prediction> all, List<Modality> order) {
      Modality best = null;
      for (Prediction p : all) {
        if (GoldMatcher.matches(Level.ROOT, e, p)
            && (best == null || order.indexOf(p.modality()) < order.indexOf(best))) {
          best = p.modality();
        }
      }
      return best;
    }

    private static boolean quoteMatches(GoldQuote gold, PredictedQuote predicted) {
      String speaker = predicted.speakerText();
      String refersTo = predicted.refersToText();
      return speaker != null
          && lower(predicted.text()).contains(lower(gold.contains()))
          && (lower(speaker).contains(lower(gold.speaker()))
              || refersTo != null && lower(refersTo).contains(lower(gold.speaker())));
    }

    private static String lower(String s) {
      return s.toLowerCase(Locale.ROOT);
    }

    private static <T> boolean any(List<T> items, Predicate<T> test) {
      for (T item : items) {
        if (test.test(item)) {
          return true;
        }
      }
      return false;
    }

    Score score(GoldSet gold, List<String> notes) {
      if (outsideScheme > 0) {
        notes = new ArrayList<>(notes);
        notes.add(
            outsideScheme
                + " counted predictions have CAMEO codes without a PLOVER category (statements,"
                + " appeals) and are left out of the PLOVER scores");
      }
      List<CategoryRow> rows = new ArrayList<>();
      categories.forEach((k, c) -> rows.add(new CategoryRow(k, c[0], c[1], c[2], c[3])));
      return new Score(
          gold.name(),
          gold.format(),
          gold.source(),
          articles,
          required,
          hard,
          acceptable,
          forbiddenEntries,
          predictions,
          counted,
          level(Level.ROOT),
          anyCodes ? level(Level.CODE) : null,
          level(Level.EVENT),
          level(Level.DYAD),
          new Ratio(sourceRight, eventMatched),
          new Ratio(targetRight, eventMatched),
          new Ratio(forbiddenHits, counted),
          new ModalityConfusion(
              new ModalityConfusion.Row(requiredModality, requiredNone),
              new ModalityConfusion.Row(forbiddenModality, forbiddenNone)),
          scheme,
          rows,
          new QuoteScore(
              quotesFound, quotesExpected, quotesFoundWithoutHard, quotesExpectedWithoutHard),
          details,
          notes);
    }

    private LevelScore level(Level level) {
      int[] c = levels.get(level);
      return new LevelScore(
          new Ratio(c[2], counted), new Ratio(c[0], required), new Ratio(c[1], required - hard));
    }
  }
}
