package org.brink.coding.dates;

import org.brink.core.DateBasis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.brink.coding.events.DependencyTree;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Event dates on real CoreNLP parses of sentences written for these tests. */
class EventDateResolverTest {
  private static final CoreNlpAnnotator ANNOTATOR =
      new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final EventDateResolver RESOLVER = new EventDateResolver();

  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2024, 4, 14);

  private static DependencyTree parse(String text) {
    CleanText clean =
        new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test"), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    return new DependencyTree(annotated.sentences().get(0));
  }

  /** The date of the event triggered by the first token spelled {@code trigger}. */
  private static EventDate date(String text, String trigger, @Nullable LocalDate published) {
    DependencyTree tree = parse(text);
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).word().equals(trigger)) {
        return RESOLVER.resolve(tree, i, published);
      }
    }
    throw new AssertionError("no token " + trigger + " in " + text);
  }

  private static EventDate attack(String when) {
    return date("Iran attacked Pakistan " + when + ".", "attacked", SUNDAY);
  }

  private static EventDate explicit(int year, int month, int day) {
    return new EventDate(LocalDate.of(year, month, day), DateBasis.EXPLICIT);
  }

  private static EventDate relative(int year, int month, int day) {
    return new EventDate(LocalDate.of(year, month, day), DateBasis.RELATIVE);
  }

  @Test
  void readsAMonthAndDay() {
    assertThat(attack("on April 1")).isEqualTo(explicit(2024, 4, 1));
  }

  @Test
  void readsAMonthAndDayThatIsThePublicationDay() {
    assertThat(attack("on April 14")).isEqualTo(explicit(2024, 4, 14));
  }

  @Test
  void readsAMonthDayAndYear() {
    assertThat(attack("on January 18, 2024")).isEqualTo(explicit(2024, 1, 18));
  }

  @Test
  void readsADayBeforeItsMonth() {
    assertThat(attack("on 14 April")).isEqualTo(explicit(2024, 4, 14));
  }

  @Test
  void readsAnAbbreviatedMonth() {
    assertThat(attack("on Sept. 3")).isEqualTo(explicit(2023, 9, 3));
  }

  @Test
  void readsAnIsoDate() {
    assertThat(attack("on 2024-04-10")).isEqualTo(explicit(2024, 4, 10));
  }

  @Test
  void putsAYearlessDateInTheYearBeforeWhenItWouldFollowPublication() {
    LocalDate january3 = LocalDate.of(2024, 1, 3);
    assertThat(date("Iran attacked Pakistan on December 30.", "attacked", january3))
        .isEqualTo(explicit(2023, 12, 30));
  }

  @Test
  void readsAWeekdayAsTheLatestSuchDayBeforePublication() {
    assertThat(attack("on Thursday")).isEqualTo(relative(2024, 4, 11));
  }

  @Test
  void readsAWeekdayThatIsThePublicationDayAsThatDay() {
    LocalDate thursday = LocalDate.of(2024, 4, 11);
    assertThat(date("Iran attacked Pakistan on Thursday.", "attacked", thursday))
        .isEqualTo(relative(2024, 4, 11));
  }

  @Test
  void readsAWeekdayInsideEarlyMorning() {
    assertThat(attack("early Friday morning")).isEqualTo(relative(2024, 4, 12));
  }

  @Test
  void readsAWeekdayNight() {
    assertThat(attack("on Friday night")).isEqualTo(relative(2024, 4, 12));
  }

  @Test
  void readsASentenceInitialWeekday() {
    assertThat(date("On Saturday, Russia expelled two British diplomats.", "expelled", SUNDAY))
        .isEqualTo(relative(2024, 4, 13));
  }

  @Test
  void readsYesterday() {
    assertThat(attack("yesterday")).isEqualTo(relative(2024, 4, 13));
  }

  @Test
  void readsTodayAsThePublicationDay() {
    assertThat(attack("today")).isEqualTo(relative(2024, 4, 14));
  }

  @Test
  void readsLastWeekAsSevenDaysBeforePublication() {
    assertThat(attack("last week")).isEqualTo(relative(2024, 4, 7));
  }

  @Test
  void readsAWeekdayOfLastWeekInThePreviousCalendarWeek() {
    assertThat(attack("on Monday last week")).isEqualTo(relative(2024, 4, 1));
  }

  @Test
  void readsLastMonthAsOneMonthBeforePublication() {
    assertThat(attack("last month")).isEqualTo(relative(2024, 3, 14));
  }

  @Test
  void keepsThePublicationDateForEarlierThisMonth() {
    assertThat(attack("earlier this month")).isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void countsDaysAgo() {
    assertThat(attack("two days ago")).isEqualTo(relative(2024, 4, 12));
  }

  @Test
  void usesThePublicationDateWhenTheSentenceNamesNoTime() {
    assertThat(date("Iran attacked Pakistan.", "attacked", SUNDAY))
        .isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void datesEachClauseByItsOwnExpression() {
    String text = "Pakistan said on Wednesday that Iran attacked its border on Monday.";
    assertThat(date(text, "attacked", SUNDAY)).isEqualTo(relative(2024, 4, 8));
    assertThat(date(text, "said", SUNDAY)).isEqualTo(relative(2024, 4, 10));
  }

  @Test
  void datesAnAdverbialClauseByItsOwnExpression() {
    String text =
        "Iran attacked Pakistan on Tuesday, a day after India met Chinese officials on Monday.";
    assertThat(date(text, "attacked", SUNDAY)).isEqualTo(relative(2024, 4, 9));
    assertThat(date(text, "met", SUNDAY)).isEqualTo(relative(2024, 4, 8));
  }

  @Test
  void neverTakesTheDateOfAnotherClauseWithItsOwnVerb() {
    String text = "Pakistan said on Wednesday that Iran attacked its border.";
    assertThat(date(text, "attacked", SUNDAY)).isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void datesANounTriggerByItsPossessiveWeekday() {
    assertThat(date("Pakistan condemned Monday's attack on its border.", "attack", SUNDAY))
        .isEqualTo(relative(2024, 4, 8));
  }

  @Test
  void takesTheOnlyDateOfTheClauseWhenTheParserHungItOnTheObject() {
    assertThat(date("Iran shelled the border post on Monday.", "shelled", SUNDAY))
        .isEqualTo(relative(2024, 4, 8));
  }

  @Test
  void doesNotDateAnEventByWhatItCameAfter() {
    assertThat(date("Iran attacked Pakistan after talks on Monday.", "attacked", SUNDAY))
        .isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void ignoresAnImpossibleDay() {
    assertThat(attack("on April 31")).isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void countsAWeekAgo() {
    assertThat(attack("a week ago")).isEqualTo(relative(2024, 4, 7));
  }

  @Test
  void keepsThePublicationDateForAYearAlone() {
    assertThat(
            date(
                "Iran attacked Pakistan in 2023, the ministry said on Monday.", "attacked", SUNDAY))
        .isEqualTo(EventDate.publication(SUNDAY));
  }

  @Test
  void doesNotDateAControlledClauseByItsGoverningVerb() {
    String text = "Iran vowed on Monday to retaliate against Israel.";
    assertThat(date(text, "retaliate", SUNDAY)).isEqualTo(EventDate.publication(SUNDAY));
    assertThat(date(text, "vowed", SUNDAY)).isEqualTo(relative(2024, 4, 8));
  }

  @Test
  void givesNoDateWithoutPublicationDateOrExpression() {
    assertThat(date("Iran attacked Pakistan.", "attacked", null))
        .isEqualTo(EventDate.publication(null));
  }

  @Test
  void givesNoDateForAWeekdayWithoutPublicationDate() {
    assertThat(date("Iran attacked Pakistan on Thursday.", "attacked", null))
        .isEqualTo(EventDate.publication(null));
  }

  @Test
  void givesNoDateForAYearlessDateWithoutPublicationDate() {
    assertThat(date("Iran attacked Pakistan on December 30.", "attacked", null))
        .isEqualTo(EventDate.publication(null));
  }

  @Test
  void readsAFullDateWithoutPublicationDate() {
    assertThat(date("Iran attacked Pakistan on January 18, 2024.", "attacked", null))
        .isEqualTo(explicit(2024, 1, 18));
  }

  @Test
  void takesTheOnlyExpressionOfAnUnparsedSentence() {
    List<Token> tokens =
        List.of(
            new Token(0, "Attack", "attack", "NN", "O", new Span(0, 6)),
            new Token(1, "yesterday", "yesterday", "NN", "O", new Span(7, 16)));
    DependencyTree tree = new DependencyTree(new Sentence(0, new Span(0, 16), tokens, List.of()));
    assertThat(RESOLVER.resolve(tree, 0, SUNDAY)).isEqualTo(relative(2024, 4, 13));
  }

  @Test
  void rejectsAnExplicitDateWithoutADay() {
    assertThatThrownBy(() -> new EventDate(null, DateBasis.EXPLICIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a explicit event date needs a day");
  }

  @Test
  void writesBasisCodesInLowerCase() {
    assertThat(DateBasis.values())
        .extracting(DateBasis::code)
        .containsExactly("explicit", "relative", "publication");
  }
}
