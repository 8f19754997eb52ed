package org.brink.eval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.brink.core.Modality;
import org.brink.eval.gold.GoldEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GoldMatcherTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 23);

  @Test
  void aGoldCodeMatchesEveryCodeThatStartsWithIt() {
    assertThat(GoldMatcher.actorMatches(List.of("USA"), "USA")).isTrue();
    assertThat(GoldMatcher.actorMatches(List.of("USA"), "USAGOV")).isTrue();
    assertThat(GoldMatcher.actorMatches(List.of("IGO"), "IGOUNOWFP")).isTrue();
    assertThat(GoldMatcher.actorMatches(List.of("USAGOV"), "USA")).isFalse();
    assertThat(GoldMatcher.actorMatches(List.of("USA"), "RUS")).isFalse();
  }

  @Test
  void anyOfSeveralGoldCodesMayMatch() {
    assertThat(GoldMatcher.actorMatches(List.of("AFG", "TAL"), "TALREB")).isTrue();
  }

  @Test
  void aNullGoldCodeMatchesOnlyAPredictionWithoutAnActor() {
    List<@Nullable String> unnamed = Arrays.asList((String) null);
    assertThat(GoldMatcher.actorMatches(unnamed, null)).isTrue();
    assertThat(GoldMatcher.actorMatches(unnamed, "USA")).isFalse();
    assertThat(GoldMatcher.actorMatches(List.of("USA"), null)).isFalse();
    assertThat(GoldMatcher.actorMatches(Arrays.asList(null, "NGA"), "NGAREB")).isTrue();
  }

  @Test
  void theRootMustBeOneOfTheEntrysRoots() {
    GoldEvent e = GoldEvent.of("e", List.of("RUS"), List.of("UKR"), "19", "18");
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("183", null, null))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, null))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("173", null, null))).isFalse();
  }

  @Test
  void theFullCodeLevelAlsoNeedsTheExactCodeWhereTheEntryListsCodes() {
    GoldEvent withCodes =
        new GoldEvent(
            "e",
            List.of("RUS"),
            List.of("UKR"),
            List.of("19"),
            List.of("190"),
            List.of(),
            null,
            null,
            false,
            null);
    assertThat(GoldMatcher.matches(Level.CODE, withCodes, prediction("190", null, null))).isTrue();
    assertThat(GoldMatcher.matches(Level.CODE, withCodes, prediction("193", null, null))).isFalse();
    assertThat(GoldMatcher.matches(Level.ROOT, withCodes, prediction("193", null, null))).isTrue();
    GoldEvent rootsOnly = GoldEvent.of("e", List.of("RUS"), List.of("UKR"), "19");
    assertThat(GoldMatcher.matches(Level.CODE, rootsOnly, prediction("193", null, null))).isTrue();
  }

  @Test
  void theDyadLevelLooksAtTheActorsOnly() {
    GoldEvent e = dated(DAY, null);
    assertThat(GoldMatcher.matches(Level.DYAD, e, prediction("042", null, null))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("042", null, null))).isFalse();
  }

  @Test
  void theEventLevelLooksAtTheEventAndDatesButNotTheActors() {
    GoldEvent e = dated(DAY, null);
    Prediction otherActors =
        new Prediction("190", null, "CHN", null, Modality.ASSERTED, DAY);
    assertThat(GoldMatcher.matches(Level.EVENT, e, otherActors)).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, otherActors)).isFalse();
    assertThat(GoldMatcher.matches(Level.EVENT, e, prediction("042", null, DAY))).isFalse();
    assertThat(GoldMatcher.matches(Level.EVENT, e, prediction("190", null, DAY.plusDays(1))))
        .isFalse();
  }

  @Test
  void aPloverEntryMatchesByCategory() {
    GoldEvent e =
        new GoldEvent(
            "e",
            List.of("RUS"),
            List.of("UKR"),
            List.of(),
            List.of(),
            List.of("ASSAULT"),
            null,
            null,
            false,
            null);
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", "ASSAULT", null))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("173", "COERCE", null))).isFalse();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("010", null, null))).isFalse();
  }

  @Test
  void aDateConstraintNeedsThatDay() {
    GoldEvent e = dated(DAY, null);
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, DAY))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, DAY.plusDays(1))))
        .isFalse();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, null))).isFalse();
  }

  @Test
  void anOnOrAfterConstraintNeedsThatDayOrLater() {
    GoldEvent e = dated(null, DAY);
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, DAY))).isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, DAY.plusDays(3))))
        .isTrue();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, DAY.minusDays(1))))
        .isFalse();
    assertThat(GoldMatcher.matches(Level.ROOT, e, prediction("190", null, null))).isFalse();
  }

  private static GoldEvent dated(@Nullable LocalDate date, @Nullable LocalDate onOrAfter) {
    return new GoldEvent(
        "e",
        List.of("RUS"),
        List.of("UKR"),
        List.of("19"),
        List.of(),
        List.of(),
        date,
        onOrAfter,
        false,
        null);
  }

  private static Prediction prediction(
      String code, @Nullable String category, @Nullable LocalDate date) {
    return new Prediction(code, category, "RUSMIL", "UKR", Modality.ASSERTED, date);
  }
}
