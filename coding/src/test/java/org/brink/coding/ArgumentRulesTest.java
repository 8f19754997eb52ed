package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which actors an event's arguments name, and where the target is found when the verb's own object
 * does not name it, on real parses of sentences written for these tests.
 */
class ArgumentRulesTest {
  private static List<String> targetsOf(String text, String codePrefix) {
    return events(text).stream()
        .filter(e -> e.split(" ")[1].startsWith(codePrefix))
        .map(e -> e.split(" ")[0] + ">" + e.split(" ")[2])
        .toList();
  }

  @Test
  void aPossessiveNamingTheSourceGivesWayToTheRecipient() {
    // "its" is Turkey: Turkey offers to Ukraine, not to itself
    assertThat(targetsOf("Turkey has offered its help to Ukraine's government.", "0"))
        .isNotEmpty()
        .allMatch(e -> e.startsWith("TUR>UKR"));
  }

  @Test
  void theCooperationIsWithThePartyOfAToPhrase() {
    assertThat(targetsOf("Qatar has agreed to Egyptian mediation in the talks.", "03"))
        .contains("QAT>EGY");
  }

  @Test
  void aPurposeClauseInheritsTheObjectOfTheVerbItServes() {
    assertThat(events("Antony Blinken telephoned Sergey Lavrov on Monday in order to discuss the crisis."))
        .contains("USAGOV 041 RUSGOV asserted", "USAGOV 040 RUSGOV asserted");
  }

  @Test
  void theNamedPartnerNearestTheHeadIsTheTargetNotThePossessive() {
    assertThat(targetsOf("France demanded that its European Union partners reject the plan.", "10"))
        .containsExactly("FRA>IGOEUREEC");
  }

  @Test
  void aThreatsTargetIsTheSubjectOfAConditionDownTheChainOfComplements() {
    assertThat(
            targetsOf(
                "Russia threatened to halt the talks to cut arsenals if the United States deploys"
                    + " new missiles.",
                "13"))
        .containsExactly("RUS>USA");
  }

  @Test
  void anActNamedByVerbAndObjectTakesItsArgumentFromThePurposeClause() {
    // "opened fire": the fire is part of the trigger; the demonstrators are Kenyan (domestic)
    assertThat(targetsOf("Kenyan police opened fire to disperse demonstrators.", "19"))
        .containsExactly("KENCOP>KEN");
  }

  @Test
  void aRejectionAnswersWhoeverMadeTheAppeal() {
    assertThat(
            targetsOf(
                "Malian rebels dismissed an appeal from the president to lay down their arms.",
                "12"))
        .containsExactly("MLIREB>MLI");
  }

  @Test
  void anEthnicGroupIsCodedWithTheCountryTheActHappensIn() {
    assertThat(
            targetsOf(
                "Azerbaijani troops killed four ethnic Armenians in a battle in western"
                    + " Azerbaijan.",
                "18"))
        .containsExactly("AZEMIL>AZE");
  }

  @Test
  void coordinatedAdjectivesNameOneActorEachAndTheyActOnEachOther() {
    assertThat(targetsOf("The Armenian and Azerbaijani sides agreed to hold talks.", "0"))
        .contains("ARM>AZE", "AZE>ARM");
  }

  @Test
  void strikesThatKillAreOneEventNotTwoUnlessTheyNameATargetOfTheirOwn() {
    List<String> found = events("Israeli air strikes killed twelve Hamas fighters.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).startsWith("ISR").contains(" 18");
    assertThat(events("Iran's strike on Pakistan killed two children.")).contains("IRN 190 PAK asserted");
  }

  @Test
  void compoundActorsGiveOneEventPerActor() {
    assertThat(targetsOf("The US and Western powers have condemned the attack on Israel.", "11"))
        .containsExactlyInAnyOrder("USA>ISR", "WST>ISR");
    assertThat(targetsOf("Cameron and Baerbock urged Israel to show restraint.", "02"))
        .containsExactlyInAnyOrder("GBRGOV>ISR", "DEUGOV>ISR");
  }

  @Test
  void anAppositionNamesTheActorOfARoleNoun() {
    assertThat(targetsOf("A spokesman, Nasser Kanaani, condemned the Israeli strike on Damascus.", "11"))
        .containsExactly("IRNGOV>ISR");
  }

  @Test
  void aComplementIsControlledByTheSubjectWhenTheObjectIsNoActor() {
    // "used tear gas to break up": the gas is no actor, so the police break up the protests;
    // the protesters and the curfew's country are the police's own
    assertThat(events("Kenyan police used tear gas to break up the protests and impose a curfew."))
        .contains("KENCOP 175 KEN asserted", "KENCOP 1723 KEN asserted");
    // "urged Iran to talk": an actor object still controls
    assertThat(targetsOf("The United Nations urged Iran to hold talks with Israel.", "0"))
        .anyMatch(e -> e.startsWith("IRN"));
  }

  @Test
  void anApprovedPlanIsNotYetAnAct() {
    assertThat(events("Israel's defence minister approved a planned invasion to seize Gaza City."))
        .filteredOn(e -> e.contains(" 192 "))
        .isNotEmpty()
        .allMatch(e -> e.endsWith(" hypothetical"));
  }
}
