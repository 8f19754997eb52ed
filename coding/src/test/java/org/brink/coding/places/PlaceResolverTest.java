package org.brink.coding.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.actors.ActorMatcher;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.DependencyTree;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.Location;
import org.brink.core.Outcome;
import org.brink.core.Sentence;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The resolver on real CoreNLP parses of sentences written for these tests. */
class PlaceResolverTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final ActorMatcher ACTORS = new ActorMatcher(ActorDictionary.loadDefault());
  private static final PlaceResolver RESOLVER = PlaceResolver.bundled();

  /** The place of the event triggered by the first token written {@code trigger}. */
  private static @Nullable Location place(String text, String trigger, Set<String> articleCountries) {
    CleanText clean = new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test"), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    Sentence sentence = annotated.sentences().get(0);
    DependencyTree tree = new DependencyTree(sentence);
    int index = -1;
    for (int i = 0; i < tree.size() && index < 0; i++) {
      if (tree.token(i).word().equals(trigger)) {
        index = i;
      }
    }
    assertThat(index).as("trigger %s in %s", trigger, text).isGreaterThanOrEqualTo(0);
    List<ActorMention> actors = ACTORS.find(sentence, text, null);
    return RESOLVER.resolve(tree, index, actors, articleCountries);
  }

  private static @Nullable Location place(String text, String trigger) {
    return place(text, trigger, Set.of());
  }

  private static String describe(@Nullable Location l) {
    return l == null ? "none" : l.name() + "/" + l.country() + "/" + l.admin1();
  }

  @Test
  void findsACityInAnAtPhraseNarrowedByTheCountryAfterIt() {
    Location l = place("Israel struck an air defence site at Isfahan in central Iran.", "struck");
    assertThat(describe(l)).isEqualTo("Isfahan/IRN/28");
    assertThat(l.geonamesId()).isEqualTo(418863L);
    assertThat(l.lat()).isNotNull();
  }

  @Test
  void findsTheCityNamedAfterACapitalDescribedByACountryAdjective() {
    assertThat(describe(place("A car bomb exploded in the Syrian capital Damascus on Sunday.", "exploded")))
        .isEqualTo("Damascus/SYR/13");
  }

  @Test
  void findsATerritoryNamedAsACountryInTheActorDictionary() {
    Location l = place("Israeli aircraft carried out strikes across the Gaza Strip.", "strikes");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("PSE");
    assertThat(l.geonamesId()).isNull();
  }

  @Test
  void findsACityFollowedByItsCountry() {
    assertThat(describe(place("Russian missiles hit a power plant in Kharkiv, Ukraine.", "hit")))
        .isEqualTo("Kharkiv/UKR/07");
  }

  @Test
  void findsACityAfterTheCityOf() {
    assertThat(describe(place("Protesters clashed with police near the city of Kermanshah.", "clashed")))
        .isEqualTo("Kermanshah/IRN/13");
  }

  @Test
  void findsThePlaceOfANounTriggerThroughItsVerb() {
    assertThat(describe(place("Israel carried out an attack on Kharkiv yesterday.", "attack")))
        .startsWith("Kharkiv/UKR");
  }

  @Test
  void readsTripoliAsLebaneseInALebaneseContext() {
    assertThat(describe(place("Gunmen attacked a checkpoint in Tripoli.", "attacked", Set.of("LBN"))))
        .isEqualTo("Tripoli/LBN/09");
  }

  @Test
  void readsTripoliAsLibyanInALibyanContext() {
    assertThat(describe(place("Gunmen attacked a checkpoint in Tripoli.", "attacked", Set.of("LBY", "USA"))))
        .isEqualTo("Tripoli/LBY/77");
  }

  @Test
  void readsTripoliAsTheLargerWithoutContext() {
    assertThat(place("Gunmen attacked a checkpoint in Tripoli.", "attacked").country()).isEqualTo("LBY");
  }

  @Test
  void prefersTheCountryBesideTheNameToTheArticleContext() {
    assertThat(describe(place("Gunmen attacked a checkpoint in Tripoli, Lebanon.", "attacked", Set.of("LBY"))))
        .isEqualTo("Tripoli/LBN/09");
  }

  @Test
  void readsGeorgiaByTheArticleContext() {
    String text = "Russian troops opened fire on protesters in Georgia.";
    assertThat(describe(place(text, "opened", Set.of("RUS", "GEO")))).isEqualTo("Georgia/GEO/null");
    assertThat(describe(place(text, "opened", Set.of("USA")))).isEqualTo("Georgia/USA/GA");
  }

  @Test
  void readsACityNextToAUsStateAsTheAmericanOne() {
    assertThat(describe(place("Police arrested twelve protesters in Paris, Texas.", "arrested", Set.of("FRA"))))
        .isEqualTo("Paris/USA/TX");
    assertThat(describe(place("Police arrested twelve protesters in Paris.", "arrested"))).isEqualTo("Paris/FRA/11");
  }

  @Test
  void placesACountryOnlyPlaceAtItsCapital() {
    Location l = place("Militants killed three soldiers in Afghanistan.", "killed");
    assertThat(describe(l)).isEqualTo("Afghanistan/AFG/null");
    assertThat(l.lat()).isNotNull();
    assertThat(l.geonamesId()).isNull();
  }

  @Test
  void findsNoPlaceWhenNoneIsNamed() {
    assertThat(place("Iran attacked Pakistan on Tuesday.", "attacked")).isNull();
    assertThat(place("The minister condemned the attack in a statement.", "condemned")).isNull();
  }

  @Test
  void readsGeorgiaBesideACityAsWhicheverHoldsTheCity() {
    assertThat(describe(place("Police detained activists in Batumi, Georgia.", "detained", Set.of("USA"))))
        .isEqualTo("Batumi/GEO/04");
    assertThat(describe(place("Police detained activists in Atlanta, Georgia.", "detained", Set.of("GEO"))))
        .isEqualTo("Atlanta/USA/GA");
  }

  @Test
  void findsThePlaceOfTheObject() {
    assertThat(describe(place("Israel bombed targets in Syria.", "bombed"))).isEqualTo("Syria/SYR/null");
  }

  @Test
  void findsAnObjectThatIsItselfAPlace() {
    assertThat(describe(place("Russian forces shelled Kharkiv overnight.", "shelled")))
        .isEqualTo("Kharkiv/UKR/07");
    assertThat(describe(place("Russian jets bombed the city of Mariupol.", "bombed")))
        .startsWith("Mariupol/UKR");
    // a phrase of the verb's own comes first, and an object that names an actor is no place
    assertThat(describe(place("Russian forces shelled Kharkiv from positions in Belgorod.", "shelled")))
        .startsWith("Belgorod/RUS");
    assertThat(place("Iran attacked Pakistan on Tuesday.", "attacked")).isNull();
  }

  @Test
  void rejectsATriggerOutsideTheSentence() {
    String text = "Iran attacked Pakistan.";
    CleanText clean = new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test"), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    DependencyTree tree = new DependencyTree(annotated.sentences().get(0));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RESOLVER.resolve(tree, 99, List.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trigger 99 outside sentence of 4 tokens");
  }
}
