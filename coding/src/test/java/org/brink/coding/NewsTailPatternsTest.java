package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.EventCoderTest.events;

import org.junit.jupiter.api.Test;

/**
 * Common forms of current news the wcep-dev gold showed missing, on real parses of short sentences
 * written for these tests (synthetic, not from any gold set).
 */
class NewsTailPatternsTest {
  @Test
  void anEventNounReportedOrTakingPlaceSomewhereActsOnThatPlacesCountry() {
    assertThat(events("Russian missile strikes were reported overnight in Kharkiv and Odesa, Ukraine."))
        .containsExactly("RUS 195 UKR asserted");
    assertThat(events("Heavy clashes took place near Khan Younis in southern Gaza."))
        .containsExactly("- 193 PSE asserted");
  }

  @Test
  void anEventNounInThePhraseOfAPassiveVerbOfHarmTargetsWhoSufferedIt() {
    assertThat(events("Three Israeli soldiers were killed in a Hezbollah rocket attack."))
        .contains("LBNREB 195 ISRMIL asserted")
        .doesNotContain("LBNREB 195 - asserted");
  }

  @Test
  void beginningJointExercisesIsMilitaryCooperationBetweenTheCoordinatedParties() {
    assertThat(events("Japan and Australia started joint naval drills in the Pacific."))
        .containsExactlyInAnyOrder("JPN 062 AUS asserted", "AUS 062 JPN asserted");
    // exercises that are no military or joint ones are no cooperation
    assertThat(events("Japan started fitness exercises.")).isEmpty();
  }

  @Test
  void liberatingAPlaceFromAForceFightsThatForce() {
    assertThat(events("Ukrainian troops liberated the village from Russian forces."))
        .containsExactly("UKRMIL 190 RUSMIL asserted");
  }

  @Test
  void anAcquittalEasesARemovalFromOfficeSanctionsAndAReversalYields() {
    assertThat(events("A French court acquitted the former Malian prime minister."))
        .containsExactly("FRAJUD 081 MLIGOV asserted");
    assertThat(events("The Peruvian Congress removed President Pedro Castillo from office."))
        .containsExactly("PERLEG 172 PER asserted");
    // removing something that is no office holder from no office is no sanction
    assertThat(events("The Peruvian Congress removed the old chairs.")).isEmpty();
    assertThat(events("Brazil reversed its decision to expel the Venezuelan ambassador."))
        .contains("BRA 080 BRA asserted");
  }

  @Test
  void renewingOrMakingAnOfferToAPartyIsAnIntentAndAnAidOfferAnIntentToAid() {
    assertThat(events("Canada renewed a $50 million humanitarian aid offer to Haiti."))
        .contains("CAN 033 HTI asserted");
    assertThat(events("Canada made an offer to Haiti on Monday."))
        .contains("CAN 030 HTI asserted");
  }

  @Test
  void aPartyLeavingAGovernmentReducesRelationsFromInsideItsCountry() {
    assertThat(events("The Centre Party withdrew from the Norwegian government on Thursday."))
        .containsExactly("NOR 160 NORGOV asserted");
    assertThat(events("The Polish president quit on Monday."))
        .as("quitting office is still resigning")
        .allMatch(e -> e.contains(" 0831 "));
  }

  @Test
  void mobilizingIsAShowOfForceOnlyWithoutAnObjectOrWithForcesAsItsObject() {
    assertThat(events("Nigeria mobilized 20,000 reservists on Sunday."))
        .containsExactly("NGA 154 - asserted");
    assertThat(events("Nigeria mobilized along its border with Niger."))
        .anyMatch(e -> e.startsWith("NGA 154 "));
    // mobilizing people who are no force is organizing them, no mobilization of armed forces
    assertThat(events("The Nigerian opposition mobilized pressure groups in Nigeria."))
        .noneMatch(e -> e.contains(" 154 "));
  }

  @Test
  void deployingAircraftOrShipsIsAShowOfForceWhoseDestinationIsNoTarget() {
    assertThat(events("The Pentagon deployed twelve fighter jets to Guam on Friday."))
        .containsExactly("USAMIL 154 - asserted");
    assertThat(events("Russia deployed bombers near the Finnish border."))
        .anyMatch(e -> e.startsWith("RUS 154 "));
  }

  @Test
  void stoppingTheDistributionOfAidReducesHumanitarianAid() {
    assertThat(events("The World Food Programme suspended the distribution of food aid in Chad."))
        .anyMatch(e -> e.startsWith("IGOUNOWFP 1623 "));
    assertThat(events("The agency halted the delivery of humanitarian aid to Gaza."))
        .anyMatch(e -> e.contains(" 1623 PSE "));
    // distributing something that is no aid is no aid at all
    assertThat(events("The World Food Programme suspended the distribution of its annual report."))
        .noneMatch(e -> e.contains(" 162"));
  }

  @Test
  void protestsBreakingOutInANamedPlaceAreItsPeoplesProtestAgainstItsCountry() {
    assertThat(events("Protests broke out in Lagos, Nigeria on Monday."))
        .containsExactly("NGA 141 NGA asserted");
    // "in protest" is the manner of the act the clause codes, no protest of its own (here its
    // against-phrase's by-phrase would name a source)
    assertThat(events("Algerian opposition activists staged a hunger strike in prison on Sunday in protest against abuses by the Algerian police."))
        .noneMatch(e -> e.contains(" 141 "));
  }

  @Test
  void admittingThatOneDidSomethingOrOnesRoleAcknowledgesResponsibility() {
    assertThat(events("Rwanda admits that it assisted Burundi in the arrest of a rebel leader."))
        .contains("RWA 015 - asserted");
    assertThat(events("Rwanda admitted its involvement in the operation."))
        .anyMatch(e -> e.startsWith("RWA 015 "));
    // admitting people is letting them in, no acknowledgement
    assertThat(events("Rwanda admitted 300 refugees from Burundi."))
        .noneMatch(e -> e.contains(" 015 "));
  }

  @Test
  void shuttingDownOrCuttingTheInternetRestrictsPoliticalFreedoms() {
    assertThat(events("The Iranian government shut down the internet on Monday."))
        .anyMatch(e -> e.startsWith("IRNGOV 1721 "));
    assertThat(events("Iraq cut off the internet during the exams."))
        .anyMatch(e -> e.startsWith("IRQ 1721 "));
    // shutting down something that carries no information is no restriction of freedoms
    assertThat(events("The Iranian government shut down the power plant."))
        .noneMatch(e -> e.contains(" 1721 "));
  }

  @Test
  void brokeringACeasefireOrDealBetweenPartiesMediatesBetweenThem() {
    assertThat(events("Qatar brokered a ceasefire between Israel and Hamas."))
        .contains("QAT 045 ISR asserted")
        .anyMatch(e -> e.startsWith("QAT 045 PSE"));
    // brokering no deal, ceasefire or exchange is no mediation (a broker of shares, say)
    assertThat(events("Qatar brokered the sale of its shares."))
        .noneMatch(e -> e.contains(" 045 "));
  }
}
