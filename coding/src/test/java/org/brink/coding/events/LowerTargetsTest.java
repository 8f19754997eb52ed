package org.brink.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Targets read from below a verb whose object and phrases name no actor (LowerTargets), as
 * PETRARCH reads a verb phrase's meaning from its noun phrases' participles and its clauses. The
 * sentences are synthetic, written for these tests.
 */
class LowerTargetsTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());

  private static List<String> code(String dictionary, String text) {
    return CodeText.events(ANNOTATOR, dictionary, text);
  }

  @Test
  void aParticipleDescribingTheObjectNamesTheTarget() {
    assertThat(code("061  adopt\n", "Chile adopted the proposals drafted by Norway."))
        .as("a passive participle: its agent")
        .containsExactly("CHL 061 NOR asserted");
    assertThat(code("061  adopt\n", "Chile adopted the proposals sent from Norway."))
        .as("or where it came from")
        .containsExactly("CHL 061 NOR asserted");
    assertThat(code("042  attend\n", "The Chilean president attended a parade honouring Peru."))
        .as("an active participle: its object")
        .containsExactly("CHLGOV 042 PER asserted");
  }

  @Test
  void anObjectAndItsParticipleMisreadAsAClauseStillNameTheTarget() {
    // CoreNLP reads "outposts operated by ..." as dep(targets, operated) with nsubj(operated,
    // outposts): the verb has no object, and the participle's agent is the target
    assertThat(code("190  target\n", "Hezbollah targets two outposts operated by the Israeli army."))
        .containsExactly("LBNREB 190 ISRMIL asserted");
  }

  @Test
  void anActiveParticipleWithoutAnObjectNamesTheTargetByItsPhrase() {
    assertThat(code("1721  close\n", "Chilean troops closed the roads leading into Peru."))
        .containsExactly("CHLMIL 1721 PER asserted");
  }

  @Test
  void theSubjectOfAThatClauseUnderTheVerbOrItsObjectIsTheTarget() {
    assertThat(code("080  concede\n", "Chile conceded that Peru had a strong claim."))
        .containsExactly("CHL 080 PER asserted");
    assertThat(code("024  express +hope\n", "Chile expressed hopes on Monday that Peru could be drawn into the talks."))
        .containsExactly("CHL 024 PER asserted");
    assertThat(code("080  concede\n", "Chile conceded that it had lost the case."))
        .as("a pronoun subject stands for the source as often as not: no target")
        .containsExactly("CHL 080 - asserted");
  }

  @Test
  void aToInfinitiveUnderTheVerbOrItsObjectNamesTheTarget() {
    assertThat(code("057  sign\n", "Chile signed an accord on Monday to supply Peru with wheat."))
        .containsExactly("CHL 057 PER asserted");
    assertThat(code("057  sign\n", "Chile signed an accord on Monday to trade with Peru."))
        .as("the infinitive's with-phrase when it has no object naming an actor")
        .containsExactly("CHL 057 PER asserted");
  }

  @Test
  void peopleAsTheObjectAreAddressedAndTheInfinitiveDoesNotNameTheTarget() {
    assertThat(code("020  press\n", "Chilean officials pressed local governors to declare an emergency along the Peru border."))
        .noneMatch(e -> e.contains(" 020 PER"));
  }

  @Test
  void aPronounFoundBelowTheObjectIsNoTarget() {
    assertThat(code("112  accuse\n", "The Chilean president accused the men of plotting to disrupt his inauguration."))
        .noneMatch(e -> e.startsWith("CHLGOV 112 CHLGOV"));
  }

  @Test
  void aPartyInsideAPlacePhraseIsTheTargetNotThePeopleActedOn() {
    assertThat(code("173  arrest\n", "Chile arrested fishermen in the dispute with Peru."))
        .containsExactly("CHL 173 PER asserted");
    assertThat(code("1823  kill\n", "At least seven National Guard troops are killed in clashes with Hezbollah forces in Western Mexico."))
        .as("in a passive the party names who did it, never the one acted on")
        .noneMatch(e -> e.contains(" 1823 LBN"));
    assertThat(code("1823  kill\n", "Chilean troops killed ten people in a collision between two buses near Lima, Peru."))
        .as("only an actor heading the party phrase, not a place below it")
        .noneMatch(e -> e.contains(" 1823 PER"));
    assertThat(code("173  arrest\n", "Chile arrested fishermen in the port of Arica."))
        .as("no party in the place phrase: the people acted on are the source's own")
        .containsExactly("CHL 173 CHL asserted");
  }
}
