package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.junit.jupiter.api.Test;

/**
 * How a country's code and its agents' combine: words that describe an agent between them, a
 * PETRARCH agent whose code goes before the country's, PETRARCH agents stacked on a PETRARCH
 * name's whole code, and names written with underscores. The sentences and the small PETRARCH
 * files are synthetic, written for these tests.
 */
class CombinedCodesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 14);

  private static final String ACTORS =
      """
      VALDORNA [VLD]
      +VALDORNESE
      KESSARIA [KSR]
      NORTH TARVIC [NTRGOV]
      WARDEN OF THE EAST MARCH [EMR]
      HARBOUR LEAGUE [KSRHBL]
      """;

  private static final String AGENTS =
      """
      AIDWATCH {} [NGO~]
      MEDIA {} [~MED]
      ISLAMIST [~MUS]
      GOVERNMENT [~GOV]
      DIPLOMAT [~GOV]
      WORLD_COUNCIL {} [~WGO]
      MINISTER [~GOV]
      HUMAN_RIGHTS_ACTIVIST [~OPP]
      """;

  private static ActorDictionary petrarch() {
    return ActorDictionary.builder()
        .addBundled()
        .addPetrarchActors(new NamedSource("t.actors.txt", ACTORS))
        .addPetrarchAgents(new NamedSource("t.agents.txt", AGENTS))
        .build();
  }

  /**
   * A sentence of words separated by spaces, each optionally tagged "word/TAG" (untagged words
   * are NNP when capitalised, else NN).
   */
  private static Sentence sentence(String tagged, StringBuilder text) {
    List<Token> tokens = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      int slash = t.lastIndexOf('/');
      String word = slash > 0 ? t.substring(0, slash) : t;
      String pos =
          slash > 0 ? t.substring(slash + 1) : Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), pos, "O", new Span(begin, text.length())));
    }
    return new Sentence(0, new Span(0, text.length()), tokens, List.of());
  }

  private static List<String> coded(ActorDictionary d, String tagged) {
    StringBuilder text = new StringBuilder();
    Sentence s = sentence(tagged, text);
    return new ActorMatcher(d).find(s, text.toString(), DAY).stream().map(m -> m.code() + "=" + m.text()).toList();
  }

  @Test
  void adjectivesBetweenACountryAndItsAgentKeepTheAgent() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertThat(coded(d, "Iran 's outspoken/JJ foreign minister arrived/VBD"))
        .containsExactly("IRNGOV=Iran 's outspoken foreign minister");
    assertThat(coded(d, "Iran 's tireless/JJ and/CC outspoken/JJ foreign minister arrived/VBD"))
        .containsExactly("IRNGOV=Iran 's tireless and outspoken foreign minister");
    assertThat(coded(d, "Iran 's outspoken/JJ proposal reached/VBD Iraq"))
        .as("no agent after the adjective: the country alone")
        .containsExactly("IRN=Iran", "IRQ=Iraq");
    assertThat(coded(d, "Sudan 's international/JJ civilian/JJ airport was/VBD shelled/VBN"))
        .as("after a description the agent must be a noun: here 'civilian' describes the airport")
        .containsExactly("SDN=Sudan");
    assertThat(coded(d, "Iranian/JJ and/CC Iraqi/JJ officials met/VBD"))
        .as("a country adjective is no description: each country keeps its own mention")
        .containsExactly("IRNGOV=Iranian", "IRQGOV=Iraqi officials");
  }

  @Test
  void anAgentCoordinatedBeforeAnAgentOfACountryIsOfThatCountryToo() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertThat(coded(d, "Lawmakers and/CC officials in/IN Iran met/VBD"))
        .containsExactly("IRNLEG=Lawmakers", "IRNGOV=officials in Iran");
    assertThat(coded(d, "Lawmakers and/CC officials in/IN Iran and/CC Iraq met/VBD"))
        .as("a country sharing the agent takes both")
        .containsExactly("IRNLEG=Lawmakers", "IRNGOV=officials in Iran", "IRQGOV/IRQLEG=Iraq");
    assertThat(coded(d, "Soldiers and/CC officials in/IN Iran met/VBD"))
        .as("soldiers in a country may be anyone's")
        .containsExactly("IRNGOV=officials in Iran");
  }

  @Test
  void aPetrarchAgentWrittenBeforeTheCodeGoesBeforeTheCountryThatFollowsIt() {
    ActorDictionary d = petrarch();
    assertThat(coded(d, "Aidwatch Valdorna opened/VBD a clinic")).containsExactly("NGOVLD=Aidwatch Valdorna");
    assertThat(coded(d, "An/DT Aidwatch Valdorna diplomat arrived/VBD"))
        .containsExactly("NGOVLDGOV=Aidwatch Valdorna diplomat");
  }

  @Test
  void petrarchAgentsStackOnAPetrarchNamesWholeCode() {
    ActorDictionary d = petrarch();
    assertThat(coded(d, "Valdornese Islamist media protested/VBD"))
        .containsExactly("VLDMUSMED=Valdornese Islamist media");
    assertThat(coded(d, "North Tarvic world council officials spoke/VBD"))
        .as("the name's whole code, and the agent's code even where its letters occur across two parts")
        .first()
        .satisfies(c -> assertThat(c).startsWith("NTRGOVWGO="));
    assertThat(coded(d, "North Tarvic government spoke/VBD"))
        .as("a code the name already holds is not added again")
        .containsExactly("NTRGOV=North Tarvic government");
    assertThat(coded(d, "Valdornese Islamist media and/CC government protested/VBD"))
        .as("a coordinated agent replaces the last agent of the stacked code")
        .containsExactly("VLDMUSMED=Valdornese Islamist media", "VLDMUSGOV=government");
    assertThat(coded(d, "human rights activists of/IN Harbour League spoke/VBD"))
        .as("an agent, a link and any PETRARCH name")
        .containsExactly("KSRHBLOPP=human rights activists of Harbour League");
    assertThat(ActorMatcher.stacked("ARNGOV", "NGO~")).isEqualTo("NGOARNGOV");
    assertThat(ActorMatcher.stacked("USAGOV", "GOV")).isEqualTo("USAGOV");
  }

  @Test
  void aNameWrittenWithUnderscoresMatchesItsWords() {
    ActorDictionary d = petrarch();
    assertThat(coded(d, "Valdorna warned/VBD the/DT Warden of/IN the/DT East_March"))
        .containsExactly("VLD=Valdorna", "EMR=Warden of the East_March");
    assertThat(coded(d, "Valdorna warned/VBD the/DT Warden of/IN the/DT East_March_Guard"))
        .as("a name must end where a token ends")
        .containsExactly("VLD=Valdorna");
  }
}
