package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.EventCoderTest.events;

import org.junit.jupiter.api.Test;

/**
 * Patterns for intents, aid, complaints and reduced relations, on real parses of sentences written
 * for these tests.
 */
class CooperationAndSanctionPatternsTest {
  @Test
  void readinessToContributeTroopsIsAnIntentToProvidePeacekeeping() {
    assertThat(events("Ghana is ready to contribute 800 troops to a peacekeeping force in Haiti."))
        .anyMatch(e -> e.startsWith("GHA 03"));
  }

  @Test
  void anExemptionFromSanctionsEasesThemForTheCountryGrantedIt() {
    // the recipient is the indirect object, not the sanctioned goods' country deeper down
    assertThat(events("The United States grants Austria a waiver from sanctions on Iranian oil."))
        .contains("USA 085 AUT asserted");
  }

  @Test
  void anOrderRaisingTariffsIsTheirImpositionNotAWish() {
    // a participle describing "order" says what the order does; only "an order to ..." is wanted
    assertThat(events("Canada issues an executive order raising tariffs on Chinese steel."))
        .contains("CAN 163 CHN asserted");
  }

  @Test
  void declaringAStateOfEmergencyIsImposingIt() {
    assertThat(events("Ecuador declares a state of emergency.")).containsExactly("ECU 1724 ECU asserted");
  }

  @Test
  void anAmountOfMoneyOrAidIsWhatItMeasures() {
    assertThat(events("Japan will provide 5 million dollars to Sudan.")).containsExactly("JPN 0331 SDN asserted");
    assertThat(events("The ministers agreed to provide 70 million dollars of aid for Romania."))
        .containsExactly("- 033 ROU asserted");
  }

  @Test
  void supportForAnotherPartysEffortIsEndorsementAndGoesOneWay() {
    assertThat(events("Portugal will support Turkey's efforts to join the alliance."))
        .contains("PRT 032 TUR asserted");
    // parties endorsing a plan together do not endorse each other
    assertThat(events("Qatar and Saudi Arabia endorsed the peace plan."))
        .noneMatch(e -> e.startsWith("QAT 051 SAU") || e.startsWith("SAU 051 QAT"));
  }

  @Test
  void establishingTiesIsDiplomaticCooperationAndRenewedTalksAreNegotiation() {
    assertThat(events("Sri Lanka has established diplomatic ties with Iran."))
        .containsExactly("LKA 050 IRN asserted");
    // the pullback is what the talks are about, not something that happened
    assertThat(events("Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon."))
        .contains("ISR 046 LBN asserted", "LBN 046 ISR asserted")
        .noneMatch(e -> e.contains(" 087 ") && e.endsWith("asserted"));
  }

  @Test
  void deportingAndSuspendingPartOfAidAreCoded() {
    assertThat(events("Ghanaian authorities have deported 168 Liberians.")).containsExactly("GHAGOV 174 LBR asserted");
    assertThat(events("The United States suspended part of a military aid program for Bosnia."))
        .containsExactly("USA 1622 BIH asserted");
  }

  @Test
  void aDemandForRightsIsADemandAndADemandNounTakesItsThatClauseAsTarget() {
    assertThat(events("Amnesty International demanded that the Sudanese government end curbs on press freedom."))
        .containsExactly("NGOHRIAMN 1043 SDNGOV asserted");
    assertThat(events("The labour office reiterated its demand that Israel ease restrictions on workers."))
        .contains("- 100 ISR asserted");
  }

  @Test
  void aCallForSanctionsDenouncesTheTargetAndOnlyACallToLiftThemIsAnAppealToEase() {
    assertThat(events("Norway called for sanctions against Nigeria."))
        .contains("NOR 111 NGA asserted")
        .noneMatch(e -> e.contains(" 0254 "));
    assertThat(events("The EU urged Washington to lift sanctions on Cuba."))
        .contains("IGOEUREEC 0254 USAGOV asserted", "USAGOV 085 CUB hypothetical");
  }

  @Test
  void mediationMissionsCancelledRestrictionsAndSurrenderAreCoded() {
    assertThat(events("The Arab League undertook a mediation mission between Syria and Jordan."))
        .contains("IGOMEAARL 045 SYR asserted", "IGOMEAARL 045 JOR asserted");
    assertThat(events("The Latvian government cancelled restrictions on opposition rallies."))
        .anyMatch(e -> e.startsWith("LVAGOV 081"));
    assertThat(events("Ugandan rebels surrendered last week.")).anyMatch(e -> e.startsWith("UGAREB 0874"));
  }

  @Test
  void jointExercisesAreMilitaryCooperation() {
    assertThat(events("Jordan and Britain undertook joint military exercises this month."))
        .contains("JOR 062 GBR asserted", "GBR 062 JOR asserted");
  }

  @Test
  void aComplaintTargetsWhatItIsAboutNotWhereItIsLodged() {
    assertThat(events("Lebanon complained to the United Nations about Israeli air raids."))
        .anyMatch(e -> e.startsWith("LBN 114 ISR"))
        .noneMatch(e -> e.startsWith("LBN 114 IGOUNO"));
  }

  @Test
  void forcingAnAgencyOutIsAnExpulsion() {
    assertThat(events("Indonesia forced the UN refugee agency out of the country."))
        .anyMatch(e -> e.startsWith("IDN 166 IGO"));
  }

  @Test
  void suspendingMilitaryAidIsReducingIt() {
    assertThat(events("The United States suspended its military aid program for Bosnia."))
        .anyMatch(e -> e.startsWith("USA 1622"));
  }

  @Test
  void investigationsAreCodedAndAJudgeOpeningOneIsOfTheCountryInvestigated() {
    assertThat(events("Croatia is investigating alleged war crimes by Croatian extremists."))
        .anyMatch(e -> e.startsWith("HRV 09"));
    assertThat(events("Judge Ana Velde opened fraud investigations against Chilean government officials."))
        .anyMatch(e -> e.startsWith("CHL 091 CHLGOV"));
  }

  @Test
  void sayingAnotherStateMustActIsADemand() {
    assertThat(events("Russia said on Tuesday that Sudan must return the captured helicopter."))
        .anyMatch(e -> e.startsWith("RUS 100 SDN"));
  }

  @Test
  void aStatementIssuedByAnActorCarriesItsIssuerIntoTheVerbsItModifies() {
    assertThat(events("The Kurdistan Workers' Party issued a declaration demanding that the Turkish government free its members."))
        .anyMatch(e -> e.startsWith("TURREB 10") && e.contains(" TURGOV "));
  }

  @Test
  void strengtheningForcesIsAForcePosture() {
    assertThat(events("Israel has strengthened its forces in Lebanon.")).anyMatch(e -> e.startsWith("ISR 154"));
  }

  @Test
  void returningBodiesAndSeekingPenaltiesAndBlockingOrdersAreCoded() {
    assertThat(events("Hamas returned a hostage's body to Israel.")).anyMatch(e -> e.contains(" 0841 ISR"));
    assertThat(events("Bangladesh's prosecutors seek the death penalty against former prime minister Sheikh Hasina."))
        .anyMatch(e -> e.contains(" 173 "));
    assertThat(events("A US judge blocked President Trump's executive order.")).anyMatch(e -> e.contains(" 120 "));
  }
}
