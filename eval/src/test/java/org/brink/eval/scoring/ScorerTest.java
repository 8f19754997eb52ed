package org.brink.eval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.brink.core.Modality.ASSERTED;
import static org.brink.core.Modality.FUTURE;
import static org.brink.core.Modality.HYPOTHETICAL;
import static org.brink.core.Modality.NEGATED;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brink.core.Modality;
import org.brink.eval.gold.GoldArticle;
import org.brink.eval.gold.GoldEvent;
import org.brink.eval.gold.GoldQuote;
import org.brink.eval.gold.GoldSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  // -- precision, recall, F1 -------------------------------------------------------------------

  @Test
  void acceptableEntriesCountForPrecisionButNotForRecall() {
    // 3 required, 4 counted predictions: 2 match required entries, 1 an acceptable one, 1 nothing.
    GoldArticle a =
        article(
            "a",
            List.of(
                entry("r1", "USA", "IRN", "19"),
                entry("r2", "ISR", "PSE", "18"),
                entry("r3", "RUS", "UKR", "19")),
            List.of(entry("a1", "IRN", "USA", "11")),
            List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "USAMIL", "IRN", ASSERTED),
                    p("183", "ISR", "PSEREB", FUTURE),
                    p("111", "IRNGOV", "USA", ASSERTED),
                    p("042", "FRA", "DEU", ASSERTED),
                    p("190", "RUS", "UKR", NEGATED))));

    assertThat(s.root().precision()).isEqualTo(new Ratio(3, 4));
    assertThat(s.root().recall()).isEqualTo(new Ratio(2, 3));
    // F1 = 2 * 3/4 * 2/3 / (3/4 + 2/3) = 12/17
    assertThat(s.root().f1().getAsDouble()).isCloseTo(12.0 / 17, within(1e-12));
    assertThat(s.predictions()).isEqualTo(5);
    assertThat(s.countedPredictions()).isEqualTo(4);
  }

  @Test
  void onePredictionMayMatchSeveralRequiredEntries() {
    GoldArticle a =
        article(
            "a",
            List.of(entry("r1", "USA", "IRN", "19"), entry("r2", "USA", "IRN", "18", "19")),
            List.of(),
            List.of());
    Score s = scorer.score(set(a), Map.of("a", events(p("190", "USA", "IRN", ASSERTED))));
    assertThat(s.root().recall()).isEqualTo(new Ratio(2, 2));
    assertThat(s.root().precision()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void repeatedPredictionsOfOneEntryAreEachCorrect() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a", events(p("190", "USA", "IRN", ASSERTED), p("195", "USA", "IRN", ASSERTED))));
    assertThat(s.root().precision()).isEqualTo(new Ratio(2, 2));
    assertThat(s.root().recall()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void anArticleWithoutRequiredEntriesCountsItsFalsePositives() {
    GoldArticle quiet = article("q", List.of(), List.of(), List.of());
    GoldArticle busy = article("b", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s =
        scorer.score(
            set(quiet, busy),
            Map.of(
                "q", events(p("010", "SWE", "SWE", ASSERTED)),
                "b", events(p("190", "USA", "IRN", ASSERTED))));
    assertThat(s.root().precision()).isEqualTo(new Ratio(1, 2));
    assertThat(s.root().recall()).isEqualTo(new Ratio(1, 1));
    assertThat(s.details().get(0).falsePositives())
        .containsExactly(p("010", "SWE", "SWE", ASSERTED));
  }

  @Test
  void onlyAssertedAndFuturePredictionsAreCounted() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "USA", "IRN", NEGATED),
                    p("190", "USA", "IRN", HYPOTHETICAL),
                    p("042", "FRA", "DEU", NEGATED))));
    assertThat(s.countedPredictions()).isZero();
    assertThat(s.root().precision()).isEqualTo(new Ratio(0, 0));
    assertThat(s.root().precision().value()).isEmpty();
    assertThat(s.root().recall()).isEqualTo(new Ratio(0, 1));
    assertThat(s.root().f1()).isEmpty();
  }

  @Test
  void aFuturePredictionIsCounted() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "04")), List.of(), List.of());
    Score s = scorer.score(set(a), Map.of("a", events(p("042", "USAGOV", "IRN", FUTURE))));
    assertThat(s.root().recall()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void precisionAndRecallOfZeroGiveAnF1OfZero() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s = scorer.score(set(a), Map.of("a", events(p("042", "FRA", "DEU", ASSERTED))));
    assertThat(s.root().f1().getAsDouble()).isZero();
  }

  @Test
  void matchesActorsByPrefixAndNullActorsOnlyWithNull() {
    GoldArticle a =
        article(
            "a",
            List.of(
                entry("r1", "USA", "IRN", "19"),
                new GoldEvent(
                    "r2",
                    Arrays.asList((String) null),
                    List.of("NGA"),
                    List.of("18"),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    false,
                    null),
                entry("r3", "USAGOV", "CHN", "04")),
            List.of(),
            List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "USAMIL", "IRNGOV", ASSERTED), // r1 by prefix
                    p("183", null, "NGACVL", ASSERTED), // r2: unnamed source
                    p("183", "NGAREB", "NGA", ASSERTED), // matches nothing: r2 wants no source
                    p("042", "USA", "CHN", ASSERTED)))); // USA does not start with USAGOV
    assertThat(s.root().recall()).isEqualTo(new Ratio(2, 3));
    assertThat(s.root().precision()).isEqualTo(new Ratio(2, 4));
  }

  @Test
  void theDyadLevelIgnoresTheEvent() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s = scorer.score(set(a), Map.of("a", events(p("111", "USA", "IRN", ASSERTED))));
    assertThat(s.root().recall()).isEqualTo(new Ratio(0, 1));
    assertThat(s.dyad().recall()).isEqualTo(new Ratio(1, 1));
    assertThat(s.dyad().precision()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void theEventLevelIgnoresTheActors() {
    GoldArticle a =
        article(
            "a",
            List.of(entry("r1", "USA", "IRN", "19"), entry("r2", "RUS", "UKR", "17")),
            List.of(),
            List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "IRN", "USA", ASSERTED), // r1's event, actors reversed
                    p("042", "USA", "IRN", ASSERTED), // no entry's event
                    p("172", "RUS", "UKR", NEGATED)))); // r2's event, not counted
    assertThat(s.root().recall()).isEqualTo(new Ratio(0, 2));
    assertThat(s.event().recall()).isEqualTo(new Ratio(1, 2));
    assertThat(s.event().precision()).isEqualTo(new Ratio(1, 2));
  }

  @Test
  void theFullCodeLevelIsNotApplicableWhenNoEntryListsCodes() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    assertThat(scorer.score(set(a), Map.of()).code()).isNull();
  }

  @Test
  void theFullCodeLevelNeedsTheExactCode() {
    GoldEvent coded =
        new GoldEvent(
            "r1",
            List.of("USA"),
            List.of("IRN"),
            List.of("19"),
            List.of("190"),
            List.of(),
            null,
            null,
            false,
            null);
    GoldEvent coded2 =
        new GoldEvent(
            "r2",
            List.of("ISR"),
            List.of("LBN"),
            List.of("19"),
            List.of("195"),
            List.of(),
            null,
            null,
            false,
            null);
    GoldArticle a = article("a", List.of(coded, coded2), List.of(), List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a", events(p("190", "USA", "IRN", ASSERTED), p("193", "ISR", "LBN", ASSERTED))));
    assertThat(s.root().recall()).isEqualTo(new Ratio(2, 2));
    LevelScore code = s.code();
    assertThat(code).isNotNull();
    assertThat(code.recall()).isEqualTo(new Ratio(1, 2));
    assertThat(code.precision()).isEqualTo(new Ratio(1, 2));
    assertThat(code.f1().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void dateConstraintsApplyToRequiredEntries() {
    LocalDate day = LocalDate.of(2026, 2, 23);
    GoldEvent dated =
        new GoldEvent(
            "r1",
            List.of("RUS"),
            List.of("UKR"),
            List.of("19"),
            List.of(),
            List.of(),
            day,
            null,
            false,
            null);
    GoldArticle a = article("a", List.of(dated), List.of(), List.of());
    Score wrongDay =
        scorer.score(
            set(a), Map.of("a", events(p("190", "RUS", "UKR", ASSERTED, day.minusDays(1)))));
    Score rightDay =
        scorer.score(set(a), Map.of("a", events(p("190", "RUS", "UKR", ASSERTED, day))));
    assertThat(wrongDay.root().recall()).isEqualTo(new Ratio(0, 1));
    assertThat(rightDay.root().recall()).isEqualTo(new Ratio(1, 1));
  }

  // -- hard entries ----------------------------------------------------------------------------

  @Test
  void reportsRecallAndF1WithAndWithoutHardEntries() {
    GoldArticle a =
        article(
            "a",
            List.of(
                entry("r1", "USA", "IRN", "19").asHard(),
                entry("r2", "ISR", "PSE", "18"),
                entry("r3", "RUS", "UKR", "19")),
            List.of(),
            List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a", events(p("190", "USA", "IRN", ASSERTED), p("183", "ISR", "PSE", ASSERTED))));
    assertThat(s.hardEntries()).isEqualTo(1);
    assertThat(s.root().recall()).isEqualTo(new Ratio(2, 3));
    assertThat(s.root().recallWithoutHard()).isEqualTo(new Ratio(1, 2));
    // the prediction of the hard entry is still correct: precision does not change
    assertThat(s.root().precision()).isEqualTo(new Ratio(2, 2));
    assertThat(s.root().f1().getAsDouble()).isCloseTo(0.8, within(1e-12)); // 2*1*2/3 / (5/3)
    assertThat(s.root().f1WithoutHard().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
  }

  // -- actors ----------------------------------------------------------------------------------

  @Test
  void sourceAndTargetAccuracyLookAtPredictionsWhoseEventMatches() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "USA", "IRN", ASSERTED), // both right
                    p("190", "IRN", "USA", ASSERTED), // both wrong (reversed)
                    p("195", "USAMIL", null, ASSERTED), // source right, target wrong
                    p("111", "USA", "IRN", ASSERTED), // event does not match: left out
                    p("190", "GBR", "IRN", NEGATED)))); // not counted: left out
    assertThat(s.sourceAccuracy()).isEqualTo(new Ratio(2, 3));
    assertThat(s.targetAccuracy()).isEqualTo(new Ratio(1, 3));
    // the errors behind the figures, listed for the report
    assertThat(s.details().get(0).actorErrors())
        .extracting(e -> e.prediction().source(), e -> e.sourceWrong(), e -> e.targetWrong())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("IRN", true, true),
            org.assertj.core.groups.Tuple.tuple("USAMIL", false, true));
  }

  // -- forbidden -------------------------------------------------------------------------------

  @Test
  void countsCountedPredictionsMatchingAForbiddenEntry() {
    GoldArticle a =
        article(
            "a",
            List.of(entry("r1", "RUS", "UKR", "19")),
            List.of(),
            List.of(entry("f1", "UKR", "RUS", "19")));
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "RUS", "UKR", ASSERTED),
                    p("190", "UKR", "RUS", ASSERTED),
                    p("195", "UKRMIL", "RUS", FUTURE),
                    p("190", "UKR", "RUS", NEGATED))));
    assertThat(s.forbidden()).isEqualTo(new Ratio(2, 3));
    assertThat(s.root().precision()).isEqualTo(new Ratio(1, 3));
    assertThat(s.details().get(0).forbiddenHits())
        .extracting(ArticleResult.ForbiddenHit::prediction)
        .containsExactly(p("190", "UKR", "RUS", ASSERTED), p("195", "UKRMIL", "RUS", FUTURE));
  }

  @Test
  void aForbiddenEntryOnOrAfterADaySparesEarlierEvents() {
    LocalDate day = LocalDate.of(2026, 3, 10);
    GoldEvent notYet =
        new GoldEvent(
            "f1",
            List.of("USA"),
            List.of("IRN"),
            List.of("04"),
            List.of(),
            List.of(),
            null,
            day,
            false,
            null);
    GoldArticle a = article("a", List.of(), List.of(), List.of(notYet));
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("043", "USA", "IRN", ASSERTED, day.minusDays(5)),
                    p("043", "USA", "IRN", ASSERTED, day))));
    assertThat(s.forbidden()).isEqualTo(new Ratio(1, 2));
  }

  // -- modality confusion ----------------------------------------------------------------------

  @Test
  void theModalityTableCountsEachEntryUnderItsBestAgreeingPrediction() {
    GoldArticle a =
        article(
            "a",
            List.of(
                entry("r1", "USA", "IRN", "19"), // asserted and negated predictions: asserted
                entry("r2", "ISR", "LBN", "19"), // only hypothetical
                entry("r3", "RUS", "UKR", "19"), // only future
                entry("r4", "CHN", "TWN", "19")), // nothing
            List.of(),
            List.of(
                entry("f1", "IRN", "USA", "19"), // negated and asserted: negated
                entry("f2", "LBN", "ISR", "19"), // only asserted
                entry("f3", "PRK", "KOR", "19"))); // nothing
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("190", "USA", "IRN", NEGATED),
                    p("190", "USA", "IRN", ASSERTED),
                    p("190", "ISR", "LBN", HYPOTHETICAL),
                    p("190", "RUS", "UKR", FUTURE),
                    p("190", "IRN", "USA", ASSERTED),
                    p("190", "IRN", "USA", NEGATED),
                    p("190", "LBN", "ISR", ASSERTED),
                    p("042", "CHN", "TWN", ASSERTED)))); // other root: not a match
    ModalityConfusion.Row required = s.modality().required();
    assertThat(required.count(ASSERTED)).isEqualTo(1);
    assertThat(required.count(FUTURE)).isEqualTo(1);
    assertThat(required.count(HYPOTHETICAL)).isEqualTo(1);
    assertThat(required.count(NEGATED)).isZero();
    assertThat(required.none()).isEqualTo(1);
    ModalityConfusion.Row forbidden = s.modality().forbidden();
    assertThat(forbidden.count(NEGATED)).isEqualTo(1);
    assertThat(forbidden.count(ASSERTED)).isEqualTo(1);
    assertThat(forbidden.none()).isEqualTo(1);
    assertThat(forbidden.total()).isEqualTo(3);
  }

  // -- per category ----------------------------------------------------------------------------

  @Test
  void thePerRootTableHasEveryCameoRootAndCountsAnEntryUnderItsFirstRoot() {
    GoldArticle a =
        article(
            "a",
            List.of(entry("r1", "RUS", "UKR", "19", "18"), entry("r2", "USA", "IRN", "11")),
            List.of(),
            List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    p("183", "RUS", "UKR", ASSERTED), // matches r1, counted under 18
                    p("112", "FRA", "IRN", ASSERTED)))); // wrong source
    assertThat(s.scheme()).isEqualTo(CategoryScheme.CAMEO_ROOT);
    assertThat(s.categories()).hasSize(20);
    assertThat(row(s, "19")).isEqualTo(new CategoryRow("19", 1, 1, 0, 0));
    assertThat(row(s, "18")).isEqualTo(new CategoryRow("18", 0, 0, 1, 1));
    assertThat(row(s, "11")).isEqualTo(new CategoryRow("11", 1, 0, 1, 0));
    assertThat(row(s, "11").precision()).isEqualTo(new Ratio(0, 1));
    assertThat(row(s, "19").recall()).isEqualTo(new Ratio(1, 1));
    assertThat(row(s, "01")).isEqualTo(new CategoryRow("01", 0, 0, 0, 0));
  }

  @Test
  void ploverGoldIsScoredAndTabulatedByCategory() {
    GoldEvent assault =
        new GoldEvent(
            "r1",
            List.of("RUS"),
            List.of("UKR"),
            List.of(),
            List.of(),
            List.of("ASSAULT"),
            null,
            null,
            false,
            null);
    GoldArticle a = article("a", List.of(assault), List.of(), List.of());
    Score s =
        scorer.score(
            set(a),
            Map.of(
                "a",
                events(
                    new Prediction("190", "ASSAULT", "RUS", "UKR", ASSERTED, null),
                    new Prediction("010", null, "RUS", "UKR", ASSERTED, null))));
    assertThat(s.scheme()).isEqualTo(CategoryScheme.PLOVER_CATEGORY);
    assertThat(s.root().recall()).isEqualTo(new Ratio(1, 1));
    // The statement (010) has no PLOVER category: left out of the PLOVER scores, and noted.
    assertThat(s.root().precision()).isEqualTo(new Ratio(1, 1));
    assertThat(s.categories()).containsExactly(new CategoryRow("ASSAULT", 1, 1, 1, 1));
    assertThat(s.notes())
        .contains(
            "1 counted predictions have CAMEO codes without a PLOVER category (statements,"
                + " appeals) and are left out of the PLOVER scores");
  }

  // -- quotes ----------------------------------------------------------------------------------

  @Test
  void findsQuotesByTheirWordsAndSpeakerIgnoringCase() {
    GoldArticle a =
        new GoldArticle(
            "a",
            null,
            "text",
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new GoldQuote("Kennedy", "common ground", false),
                new GoldQuote("foreign ministry", "malicious drone attacks", true),
                new GoldQuote("Churchill", "summit of the nations", false)));
    ArticlePredictions predicted =
        new ArticlePredictions(
            List.of(),
            List.of(
                new PredictedQuote("we can perhaps find greater Common Ground", "Mr. KENNEDY"),
                new PredictedQuote("continued malicious drone attacks", "the Foreign Ministry"),
                new PredictedQuote("at the summit of the nations", null)));
    Score s = scorer.score(set(a), Map.of("a", predicted));
    assertThat(s.quotes()).isEqualTo(new QuoteScore(2, 3, 1, 2));
    assertThat(s.details().get(0).missedQuotes())
        .containsExactly(new GoldQuote("Churchill", "summit of the nations", false));
  }

  @Test
  void findsAQuoteByTheNameItsPronounSpeakerStandsFor() {
    GoldArticle a =
        new GoldArticle(
            "a", null, "text", List.of(), List.of(), List.of(),
            List.of(new GoldQuote("Trump", "serious negotiations", false),
                new GoldQuote("Vance", "no deal", false)));
    ArticlePredictions predicted =
        new ArticlePredictions(
            List.of(),
            List.of(
                new PredictedQuote("serious negotiations", "he", "Donald Trump"),
                new PredictedQuote("there is no deal", "he", null)));
    Score s = scorer.score(set(a), Map.of("a", predicted));
    assertThat(s.quotes()).isEqualTo(new QuoteScore(1, 2, 1, 2));
  }

  // -- inputs ----------------------------------------------------------------------------------

  @Test
  void scoresAnArticleWithoutPredictionsAsFindingNothingAndSaysSo() {
    GoldArticle a = article("a", List.of(entry("r1", "USA", "IRN", "19")), List.of(), List.of());
    GoldArticle b = article("b", List.of(entry("r1b", "USA", "IRN", "19")), List.of(), List.of());
    Score s = scorer.score(set(a, b), Map.of("a", events(p("190", "USA", "IRN", ASSERTED))));
    assertThat(s.root().recall()).isEqualTo(new Ratio(1, 2));
    assertThat(s.notes())
        .containsExactly("No predictions given for 1 article, scored as finding nothing: b");
    assertThat(s.details().get(1).missed()).extracting(GoldEvent::id).containsExactly("r1b");
  }

  @Test
  void rejectsPredictionsForAnArticleTheGoldDoesNotHave() {
    GoldArticle a = article("a", List.of(), List.of(), List.of());
    Map<String, ArticlePredictions> predictions = new LinkedHashMap<>();
    predictions.put("zz", ArticlePredictions.none());
    predictions.put("a", ArticlePredictions.none());
    assertThatThrownBy(() -> scorer.score(set(a), predictions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predictions for articles that gold set hand does not have: zz");
  }

  @Test
  void keepsTheReadersNotesFirst() {
    GoldSet gold =
        new GoldSet("hand", GoldSet.PETRARCH_XML, Path.of("x.xml"), List.of(), List.of("a note"));
    assertThat(scorer.score(gold, Map.of()).notes()).containsExactly("a note");
  }

  // -- helpers ---------------------------------------------------------------------------------

  private static CategoryRow row(Score s, String category) {
    return s.categories().stream()
        .filter(r -> r.category().equals(category))
        .findFirst()
        .orElseThrow();
  }

  private static GoldEvent entry(String id, String source, String target, String... roots) {
    return GoldEvent.of(id, List.of(source), List.of(target), roots);
  }

  private static GoldArticle article(
      String id, List<GoldEvent> required, List<GoldEvent> acceptable, List<GoldEvent> forbidden) {
    return new GoldArticle(id, null, "text of " + id, required, acceptable, forbidden, List.of());
  }

  private static GoldSet set(GoldArticle... articles) {
    return new GoldSet("hand", GoldSet.BRINK, Path.of("hand.json"), List.of(articles), List.of());
  }

  private static Prediction p(
      String code, @Nullable String source, @Nullable String target, Modality modality) {
    return new Prediction(code, null, source, target, modality, null);
  }

  private static Prediction p(
      String code,
      @Nullable String source,
      @Nullable String target,
      Modality modality,
      LocalDate date) {
    return new Prediction(code, null, source, target, modality, date);
  }

  private static ArticlePredictions events(Prediction... predictions) {
    return new ArticlePredictions(List.of(predictions), List.of());
  }
}
