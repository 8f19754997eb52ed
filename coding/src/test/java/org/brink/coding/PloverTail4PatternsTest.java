package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brink.coding.EventCoderTest.events;

import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.VerbPatternDictionary;
import org.brink.coding.ontology.Ontology;
import org.junit.jupiter.api.Test;

/**
 * The fourth round of common news forms the PLOVER gold showed missing, on real parses of short
 * sentences written for these tests (synthetic, not from any gold set).
 */
class PloverTail4PatternsTest {
  private static final Ontology ONTOLOGY = Ontology.load();

  @Test
  void aSubjectConditionIsReadAndMakesThePatternMoreSpecific() {
    VerbPatternDictionary d =
        VerbPatternDictionary.parse(
            "t.txt", "042  arrive >in\n074  arrive >in ; subject peacekeeper|peacekeeping\n", ONTOLOGY::isKnown);
    VerbPattern first = d.forVerb("arrive").get(0);
    assertThat(first.code()).isEqualTo("074");
    assertThat(first.subject()).containsExactlyInAnyOrder("peacekeeper", "peacekeeping");
    assertThat(d.forVerb("arrive").get(1).subject()).isEmpty();
    assertThatThrownBy(() -> VerbPatternDictionary.parse("t.txt", "074  arrive >in ; subject Blue Helmets\n", ONTOLOGY::isKnown))
        .hasMessageContaining("t.txt:1: subject \"Blue Helmets\" is not a lower-case word");
  }

  @Test
  void peacekeepersArrivingInACountryArePeacekeepingNotAVisit() {
    assertThat(events("The first contingent of Dutch peacekeeping troops arrived in Bosnia."))
        .containsExactly("NLD 074 BIH asserted");
    assertThat(events("Irish peacekeepers arrived in Lebanon.")).containsExactly("IRL 074 LBN asserted");
    // anyone else arriving still visits
    assertThat(events("The French foreign minister arrived in Bosnia.")).containsExactly("FRAGOV 042 BIH asserted");
  }

  @Test
  void troopsWithdrawingThemselvesDeEscalate() {
    assertThat(events("Russian troops withdrew from the Georgian town of Gori.")).containsExactly("RUSMIL 087 GEO asserted");
    assertThat(events("Ethiopian troops completed their withdrawal from Somalia."))
        .containsExactly("ETHMIL 087 SOM asserted");
    // a country withdrawing from talks halts negotiations, as before
    assertThat(events("Kenya withdrew from the talks with Somalia.")).contains("KEN 164 SOM asserted");
  }

  @Test
  void aMeasuredAmountOfMedicineHandedOverIsHumanitarianAidNotAnExtradition() {
    assertThat(events("Swiss doctors handed over 500 kg of medicine to the Iraqi Red Crescent."))
        .containsExactly("CHEHLH 073 IRQ asserted");
    assertThat(events("Jordan handed over three tonnes of food to Iraq.")).containsExactly("JOR 073 IRQ asserted");
  }

  @Test
  void aNounTheParserMadeTheSubjectOfAParticipleIsTheVerbsObject() {
    // "blocked roads demanding": the parser reads "roads" as the subject of "demanding"
    assertThat(events("Hundreds of supporters of the Kenyan opposition blocked roads in Nairobi demanding new elections."))
        .contains("KENOPP 144 KEN asserted");
    // "prevented the rally staged by students": "rally" as the subject of "staged"
    assertThat(events("Egyptian police prevented the rally staged by students at Cairo University."))
        .contains("EGYCOP 1721 EGY asserted");
  }

  @Test
  void aGerundAfterThePatternsPrepositionIsItsPhrase() {
    // "committed to opening": the parser makes the gerund an advcl whose case is "to"; the
    // stance participle stays active (the subject commits itself)
    assertThat(events("The finance minister said Vietnam is committed to opening up its economy."))
        .contains("VNM 030 - asserted");
    assertThat(events("Kenya is committed to fighting corruption.")).containsExactly("KEN 030 - asserted");
  }

  @Test
  void decliningToPromiseAnActRefusesThatAct() {
    assertThat(events("The Greek government has refused to commit to any military assistance to the Turkish army."))
        .contains("GRCGOV 120 TURMIL asserted")
        .noneMatch(e -> e.startsWith("GRCGOV 030"));
    assertThat(events("Egypt declined to pledge aid to Sudan.")).containsExactly("EGY 122 SDN asserted");
    assertThat(events("Egypt refused to offer talks to Sudan.")).containsExactly("EGY 125 SDN asserted");
  }

  @Test
  void aPromiseOrAgreementToDoWhatNoPatternCodesIsAnIntentToCooperate() {
    assertThat(events("The Kenyan president promised to democratize the country.")).containsExactly("KENGOV 030 KEN asserted");
    assertThat(events("Egypt agreed to set up a research centre in Cairo.")).contains("EGY 030 - asserted");
    // a complement that codes an act is that act's intent, and no bare promise besides it
    assertThat(events("Iran promised to strike Israel.")).containsExactly("IRN 1384 ISR asserted");
    assertThat(events("Egypt agreed to meet Israel.")).containsExactly("EGY 036 ISR asserted");
  }

  @Test
  void anOrderToDoWhatNoPatternCodesIsADemand() {
    assertThat(events("An Argentine judge has ordered former president Carlos Menem to appear for questioning."))
        .containsExactly("ARGJUD 100 ARGELI asserted");
    // an order to attack is the attack, not a demand on one's own army
    assertThat(events("The Syrian president ordered the army to attack the rebels.")).noneMatch(e -> e.contains(" 100 "));
  }

  @Test
  void anAloneConditionIsReadAndNeedsAnInfinitiveComplement() {
    VerbPatternDictionary d = VerbPatternDictionary.parse("t.txt", "030  promise ; alone\n", ONTOLOGY::isKnown);
    assertThat(d.forVerb("promise").get(0).alone()).isTrue();
    // without a to-complement the bare pattern does not fit
    assertThat(events("Kenya agreed.")).isEmpty();
    assertThat(events("Kenya vowed revenge.")).isEmpty();
  }

  @Test
  void expellingLeadersOrMembersOfAGroupExpelsIndividuals() {
    assertThat(events("Kuwait expelled three members of the Iraqi opposition.")).containsExactly("KWT 174 IRQOPP asserted");
  }

  @Test
  void openingABorderToRefugeesGrantsThemAsylum() {
    assertThat(events("Turkey opened its border to Syrian refugees fleeing the fighting."))
        .containsExactly("TUR 075 SYRREF asserted");
    // opening it to a country stays allowing international involvement
    assertThat(events("Turkey opened its border to Syria.")).containsExactly("TUR 086 SYR asserted");
  }

  @Test
  void quotedAsSayingReportsTheWouldOfTheClauseItIntroduces() {
    // the parser hangs "saying" under "ready" as a discourse word; the "would" is still reported
    assertThat(events("King Hassan of Morocco was quoted as saying he would be ready to host a meeting between Israel and Egypt."))
        .contains("MARELI 039 ISR asserted", "MARELI 039 EGY asserted")
        .noneMatch(e -> e.contains("hypothetical"));
  }

  @Test
  void refusingADemandRejectsIt() {
    assertThat(events("Iran refused the United Nations demand.")).containsExactly("IRN 120 IGOUNO asserted");
    assertThat(events("The Iraqi prime minister refused to respond to a demand from the US President."))
        .contains("IRQGOV 120 USAGOV asserted");
  }

  @Test
  void allowingAnotherPartysPlanesOrShipsAllowsInternationalInvolvement() {
    assertThat(events("Egypt allowed Iranian warships to pass through the Suez Canal.")).contains("EGY 086 IRN asserted");
    // and refusing it is the refusal (1245)
    assertThat(events("Syria refused to allow Turkish planes to land.")).containsExactly("SYR 1245 TUR asserted");
  }

  @Test
  void placingOrPuttingSomeoneUnderArrestOrInvestigationArrestsOrInvestigatesThem() {
    assertThat(events("Egyptian police put the Muslim Brotherhood leader under house arrest."))
        .containsExactly("EGYCOP 173 EGY asserted");
    // in the passive with no agent, by the state of the place
    assertThat(events("A British journalist has been put under investigation in Italy."))
        .containsExactly("ITA 090 GBRMED asserted");
  }
}
