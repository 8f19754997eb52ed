package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.brink.core.AnnotatedText;
import org.brink.core.ArticleId;
import org.brink.core.ArticleMeta;
import org.brink.core.CleanText;
import org.brink.core.CodedArticle;
import org.brink.core.CodedEvent;
import org.brink.core.Modality;
import org.brink.core.Outcome;
import org.brink.core.Quote;
import org.brink.nlp.AnnotatorConfig;
import org.brink.nlp.corenlp.CoreNlpAnnotator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The coder on real CoreNLP parses of sentences written for these tests. */
class EventCoderTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(AnnotatorConfig.defaults());
  private static final EventCoder CODER = EventCoder.withBundledDictionaries();
  private static final LocalDate DAY = LocalDate.of(2024, 4, 14);

  static CodedArticle code(String text) {
    CleanText clean =
        new CleanText(ArticleId.ofContent(text), ArticleMeta.of("test").withPublished(DAY), text, List.of());
    AnnotatedText annotated = ((Outcome.Done<AnnotatedText>) ANNOTATOR.apply(clean)).value();
    return ((Outcome.Done<CodedArticle>) CODER.apply(annotated)).value();
  }

  /** Events as "SOURCE code TARGET modality" strings, for compact assertions. */
  static List<String> events(String text) {
    return code(text).events().stream().map(EventCoderTest::describe).toList();
  }

  static String describe(CodedEvent e) {
    return actor(e.source() == null ? null : e.source().code())
        + " " + e.code().code() + " "
        + actor(e.target() == null ? null : e.target().code())
        + " " + e.modality().code();
  }

  private static String actor(@Nullable String code) {
    return code == null ? "-" : code;
  }

  @Test
  void codesAnAttackFromSubjectToObject() {
    assertThat(events("Iran attacked Pakistan on Tuesday.")).containsExactly("IRN 190 PAK asserted");
  }

  @Test
  void recordsANegatedAttackAsNegatedNotAsAnAttack() {
    assertThat(events("Iran did not attack Pakistan.")).containsExactly("IRN 190 PAK negated");
  }

  @Test
  void readsThePassiveByAgentAsSource() {
    assertThat(events("Israel was attacked by Iran.")).containsExactly("IRN 190 ISR asserted");
  }

  @Test
  void codesAnAppealForRestraintToEachCoordinatedTarget() {
    assertThat(events("The United Nations urged Iran and Pakistan to show restraint."))
        .contains("IGOUNO 0256 IRN asserted", "IGOUNO 0256 PAK asserted");
  }

  @Test
  void codesCondemnationAsCriticism() {
    // The condemned strike is itself reported as done, by Iran, on no one named.
    assertThat(events("Pakistan condemned the Iranian strike."))
        .containsExactly("PAK 111 IRN asserted", "IRN 190 - asserted");
  }

  @Test
  void codesSanctionsWithTheTargetFromTheOnPhrase() {
    assertThat(events("Britain imposed new sanctions on Iran on Monday.")).containsExactly("GBR 163 IRN asserted");
  }

  @Test
  void codesExpulsionOfDiplomatsAsReducedRelations() {
    assertThat(events("Russia expelled two British diplomats.")).containsExactly("RUS 161 GBRGOV asserted");
  }

  @Test
  void codesMeetingsAndVisits() {
    assertThat(events("The Chinese foreign minister met with Pakistani officials in Beijing."))
        .containsExactly("CHNGOV 040 PAKGOV asserted");
    assertThat(events("The Indian prime minister visited Russia.")).containsExactly("INDGOV 042 RUS asserted");
  }

  @Test
  void codesAThreatAndKeepsTheThreatenedAttackHypothetical() {
    assertThat(events("Iran threatened to attack Israel."))
        .contains("IRN 138 ISR asserted", "IRN 190 ISR hypothetical");
  }

  @Test
  void marksADeniedAttackAsNegated() {
    assertThat(events("India denied attacking Pakistan.")).containsExactly("IND 190 PAK negated");
  }

  @Test
  void codesAVowToAttackAsAThreatNotAsAFutureAttack() {
    assertThat(events("Iran vowed to retaliate against Israel.")).containsExactly("IRN 1384 ISR asserted");
  }

  @Test
  void codesAPromisedActOfCooperationAsItsIntentCode() {
    assertThat(events("Finland will provide a loan to Tanzania.")).containsExactly("FIN 0331 TZA asserted");
    assertThat(events("Britain promised military aid to Mozambique."))
        .allSatisfy(e -> assertThat(e).doesNotContain("future"));
  }

  @Test
  void codesARefusalAsTheRejectCodeCameoDefinesForTheRefusedAct() {
    assertThat(events("Hamas refused to release the hostages to Israel."))
        .containsExactly("PSEREB 1243 ISR asserted");
    assertThat(events("Iran refused to meet the American envoy.")).containsExactly("IRN 125 USAGOV asserted");
    assertThat(events("Iran ruled out negotiating with the United States."))
        .containsExactly("IRN 125 USA asserted");
    assertThat(events("Israel has declined to lift the blockade of Gaza."))
        .containsExactly("ISR 1246 PSE asserted");
  }

  @Test
  void keepsARefusalItsOwnModalityAndARefusedAttackOnlyNegated() {
    // a refusal that is itself only possible is a hypothetical refusal
    assertThat(events("Hamas may refuse to release the hostages to Israel."))
        .containsExactly("PSEREB 1243 ISR hypothetical");
    // CAMEO defines no refusal to attack: the attack is recorded as negated, nothing else
    assertThat(events("Russia refused to attack Ukraine.")).containsExactly("RUS 190 UKR negated");
    // "failed to" says the act did not happen, not that it was refused
    assertThat(events("Hamas failed to release the hostages to Israel."))
        .containsExactly("PSEREB 0841 ISR negated");
  }

  @Test
  void readsAReportedWouldAsTheReportedWillAndAConditionalOneAsAThreat() {
    // "said it would" reports a plan: a promised cooperative act is its intent code
    assertThat(events("Iraq said it would allow the return of U.N. weapons inspectors."))
        .contains("IRQ 0355 IGOUNO asserted");
    // with a condition the announced strike is a threat made, not a strike planned
    assertThat(events("Iran said it would strike Israel if attacked."))
        .contains("IRN 1384 ISR asserted")
        .noneMatch(e -> e.contains(" 190 ISR ") || e.endsWith("future"));
  }

  @Test
  void aThreatsTargetIsTheObjectOfTheThreatenedActNotTheThreatenerItself() {
    assertThat(events("Iran warned that it would strike Israel."))
        .contains("IRN 138 ISR asserted", "IRN 190 ISR hypothetical")
        .doesNotContain("IRN 138 IRN asserted");
  }

  @Test
  void anAnnouncedConflictualActIsAThreatAndAConditionalPromiseToo() {
    assertThat(events("Iran said it will strike Israel.")).contains("IRN 1384 ISR asserted");
    assertThat(events("Palestinian leaders said they would boycott all contact with the United States."))
        .contains("PSEGOV 133 USA asserted");
    assertThat(events("Nigeria announced that it will withdraw its troops from Chad unless the rebels agree to a ceasefire."))
        .anyMatch(e -> e.startsWith("NGA 130 TCD"));
  }

  @Test
  void aVetoACancelledVisitAndARefusedEntryAreCoded() {
    assertThat(events("The United States vetoed a Security Council resolution."))
        .containsExactly("USA 129 IGOUNO asserted");
    assertThat(events("A French minister has cancelled a planned visit to Haiti."))
        .contains("FRAGOV 161 HTI asserted")
        .noneMatch(e -> e.contains(" 042 ") && e.endsWith("asserted"));
  }

  @Test
  void anAttackOnUnnamedPeopleIsOnThePlacesCountryWhenThePlaceIsAbroad() {
    // the gazetteer knows Tel Aviv; the actor dictionary does not
    assertThat(events("Two Palestinian suicide bombers killed 23 people in Tel Aviv."))
        .containsExactly("PSE 1823 ISR asserted");
    // the people injured are where the airstrike struck
    assertThat(events("Eleven people were injured in an airstrike carried out by Israel in Tyre, southern Lebanon."))
        .contains("ISR 182 LBN asserted", "ISR 195 LBN asserted");
    // at home, people acted on stay the source's own
    assertThat(events("Syrian troops killed 20 protesters in Homs.")).containsExactly("SYRMIL 1823 SYR asserted");
  }

  @Test
  void unnamedCrowdsProtestingInANamedCountryAreItsPeople() {
    assertThat(events("Hundreds of thousands of people blocked streets in Hong Kong."))
        .containsExactly("HKG 144 HKG asserted");
    assertThat(events("Thousands rallied in Paris against the pension reform."))
        .containsExactly("FRA 141 FRAGOV asserted");
  }

  @Test
  void whatAnActorIsAccusedOfDoingIsOnlyAlleged() {
    assertThat(events("Amnesty International accused the United States of ignoring international law."))
        .contains("NGOHRIAMN 112 USA asserted")
        .noneMatch(e -> e.contains(" 128 ") && e.endsWith("asserted"));
  }

  @Test
  void readsAPresentTenseHeadlineVerbBeforeAnAdjectiveAndHaltedSalesAsAnEmbargo() {
    // the tagger reads "pardons" as a plural noun; with no verb in the sentence it is the verb
    assertThat(events("Lukashenko pardons several opposition figures."))
        .anyMatch(e -> e.startsWith("BLRGOV 0841"));
    // court verbs of news leads: "sentences" is a plural noun to the tagger too
    assertThat(events("A German court sentences seven members of an extremist group to prison."))
        .containsExactly("DEUJUD 173 DEU asserted");
    // before an amount: "pledges €50 million in food and medical care to Syria"
    assertThat(events("The Japanese foreign minister pledges $20 million in food and medical care to Sudan."))
        .contains("JPNGOV 033 SDN asserted");
    assertThat(events("The Israeli defense ministry halts sales of defense products to France."))
        .containsExactly("ISRGOVMIL 163 FRA asserted");
    // a verb coordinated after it does not stop the lead's verb from being read as one
    assertThat(events("The Ukrainian army targets an oil depot in Belgorod, Russia, with drones and causes a fire."))
        .anyMatch(e -> e.startsWith("UKRMIL 190 RUS"));
  }

  @Test
  void aHyphenatedWordStaysOneTokenAndTheParseHolds() {
    // split at its hyphen, "war-torn" broke the parse and lost the aid's target
    assertThat(events("Britain promised to continue military aid to war-torn Mozambique."))
        .contains("GBR 0332 MOZ asserted");
    assertThat(events("US-led forces attacked Iraqi positions on Monday."))
        .anyMatch(e -> e.startsWith("USA 190 IRQ"));
  }

  @Test
  void aLedForceIsItsLeadersAndASpanOfTimeIsReadThrough() {
    assertThat(events("The Saudi-led coalition struck Houthi positions in Yemen on Monday."))
        .contains("SAU 190 YEMREB asserted");
    assertThat(events("Iran-backed militias struck Kurdish positions on Monday."))
        .noneMatch(e -> e.startsWith("IRN"));
    assertThat(events("China and Russia launched ten days of joint war games on Monday."))
        .contains("CHN 062 RUS asserted", "RUS 062 CHN asserted");
  }

  @Test
  void aParticipleOfStanceIsTheSubjectsOwnActNotOneDoneToIt() {
    assertThat(events("Israel is opposed to French mediation."))
        .contains("ISR 126 FRA asserted"); // opposing mediation rejects it (PloverTail3PatternsTest)
    assertThat(events("Serb forces were engaged in ethnic cleansing in Montenegro."))
        .as("the forces acted; they were not attacked")
        .noneMatch(e -> e.contains("SRBMIL asserted"));
    assertThat(events("The proposal was opposed by France."))
        .as("a by-agent keeps the passive")
        .contains("FRA 110 - asserted");
  }

  @Test
  void domesticTargetsArePeopleNotAnyNamedPersonKilledInAnAttack() {
    assertThat(events("Lukashenko pardons several opposition figures."))
        .contains("BLRGOV 0841 BLR asserted");
    assertThat(events("An Israeli airstrike killed Salah al-Bardawil on Sunday."))
        .noneMatch(e -> e.startsWith("ISR 1823 ISR"));
    assertThat(events("Police in Kenya killed three protesters on Sunday."))
        .anyMatch(e -> e.contains(" KEN asserted") && e.startsWith("KENCOP"));
  }

  @Test
  void aCountryWordInsideAPersonsNameNamesNoCountry() {
    assertThat(events("Ukrainian police arrested former energy minister German Galushchenko."))
        .noneMatch(e -> e.contains("DEU"));
    assertThat(events("German Chancellor Friedrich Merz criticized Russia on Monday."))
        .anyMatch(e -> e.startsWith("DEU") && e.endsWith(" 111 RUS asserted"));
  }

  @Test
  void anAttackOnAPlaceTargetsItsCountryAndSoDoTheKillingsItCaused() {
    assertThat(events("Russian forces shelled Kharkiv on Monday, killing two people."))
        .containsExactly("RUSMIL 194 UKR asserted", "RUSMIL 1823 UKR asserted");
    // an attack with its own place keeps it
    assertThat(events("Taliban fighters kidnapped six Russian engineers and detonated a bomb in Kabul."))
        .contains("AFGGOV 181 RUS asserted")
        .noneMatch(e -> e.contains(" 183 RUS"));
  }

  @Test
  void anAttackWithNoSourceTakesTheSentencesOnlyAttacker() {
    // synthetic: the killings in Odesa are the Russian strikes' too, and count once with them
    assertThat(events("Nine people are killed across Ukraine by Russian missile strikes,"
            + " including four civilians killed in Odesa."))
        .contains("RUS 1823 UKR asserted")
        .noneMatch(e -> e.startsWith("- "))
        .doesNotHaveDuplicates();
  }

  @Test
  void aConditionPutByInversionIsHypotheticalAndMakesTheActAThreat() {
    assertThat(events("Had Israel attacked Iran, Iran would have retaliated."))
        .contains("ISR 190 IRN hypothetical")
        .doesNotContain("ISR 190 IRN asserted");
    assertThat(events("Iran will strike Israel should Israel attack Iranian territory."))
        .contains("IRN 1384 ISR asserted", "ISR 190 IRN hypothetical");
    // a past perfect that is no inversion stays asserted
    assertThat(events("Israel had attacked Iran before the talks."))
        .contains("ISR 190 IRN asserted");
  }

  @Test
  void aWarNamedAfterItsPartiesIsNoActor() {
    assertThat(events("Veterans of the Iran-Iraq War protested against the Japanese government."))
        .noneMatch(e -> e.startsWith("IRN") || e.startsWith("IRQ"));
  }

  @Test
  void attackingAPolicyOrAnAdministrationIsCriticism() {
    assertThat(events("Germany attacked the Biden administration over its trade policy."))
        .contains("DEU 111 USAGOV asserted")
        .noneMatch(e -> e.contains(" 190 "));
    assertThat(events("Russia attacked Ukrainian army positions near Kharkiv."))
        .anyMatch(e -> e.startsWith("RUS 190 UKR"));
  }

  @Test
  void theSubjectOfAVerbThatIssuesAnEventNounIsItsSource() {
    assertThat(events("Antony Blinken repeated a warning to Iran on Monday."))
        .contains("USAGOV 130 IRN asserted");
    assertThat(events("Egypt lodged a protest with Israel on Monday."))
        .anyMatch(e -> e.startsWith("EGY ") && e.endsWith(" ISR asserted"));
    // a reaction is not the event's agent
    assertThat(events("Pakistan condemned the strike by Iran."))
        .noneMatch(e -> e.startsWith("PAK 19"));
  }

  @Test
  void aListedSurnameInsideAnotherPersonsNameIsNotThatPerson() {
    // Nasser is Egypt's president of 1954-1970 in people.txt; Ahmed Nasser is somebody else
    assertThat(events("An Israeli airstrike killed Ahmed Nasser on Sunday."))
        .noneMatch(e -> e.contains("EGY"));
    // a title is not a name word: "President Nasser" is still him
    assertThat(events("President Nasser criticized Israel on Sunday."))
        .anyMatch(e -> e.startsWith("EGY") && e.endsWith(" 111 ISR asserted"));
  }

  @Test
  void thePlaceOfAReactionToAnAttackIsNotTheAttacksPlace() {
    assertThat(events("Israeli airstrikes were condemned in Paris, France."))
        .noneMatch(e -> e.contains(" 195 FRA"));
    assertThat(events("Israeli airstrikes killed five people in Rafah."))
        .contains("ISR 1823 PSE asserted");
  }

  @Test
  void anAnswerToAProposalIsToWhoeverMadeIt() {
    assertThat(events("Israel rejected the proposal made by Egypt on Monday."))
        .contains("ISR 120 EGY asserted");
    assertThat(events("Egypt praised the ceasefire plan put forward by Qatar."))
        .contains("EGY 051 QAT asserted");
  }

  @Test
  void engagingInTalksIsNoAttackButEngagingTroopsIs() {
    assertThat(events("Iran engaged in talks with the United States on Monday."))
        .noneMatch(e -> e.contains(" 190 "));
    assertThat(events("Ukrainian forces engaged Russian troops near Bakhmut."))
        .contains("UKRMIL 190 RUSMIL asserted");
  }

  @Test
  void passiveVictimsOfQuantifiedOrCoordinatedAttacksTakeTheAttacker() {
    // the agent of "a series of Israeli airstrikes", whose adjective is no place in Israel
    assertThat(events("Four people are killed in a series of Israeli airstrikes in southern Lebanon."))
        .contains("ISR 1823 LBN asserted", "ISR 195 LBN asserted");
    // "injured" shares the by-phrase of the passive it is coordinated with
    assertThat(events("Seven people are killed and dozens are injured across Ukraine by Russian drone strikes."))
        .anyMatch(e -> e.startsWith("RUS") && e.contains(" 182 UKR"));
  }

  @Test
  void keepsAReportedFutureSanctionAsAFutureSanction() {
    assertThat(events("The European Union will impose sanctions on Iran."))
        .containsExactly("IGOEUREEC 163 IRN future");
  }

  @Test
  void codesCoercionOnAConditionAsAThreat() {
    assertThat(events("The European Union will impose sanctions on Iran if it enriches uranium."))
        .contains("IGOEUREEC 1312 IRN asserted");
    assertThat(events("France may halt arms sales to Egypt if the crackdown continues, the foreign minister said."))
        .contains("FRA 1312 EGY asserted");
    assertThat(events("France may halt arms sales to Egypt if the crackdown continues."))
        .as("unannounced, a conditional act stays hypothetical")
        .contains("FRA 163 EGY hypothetical");
  }

  @Test
  void marksAConditionalResponseAsHypothetical() {
    assertThat(code("Any attack on Iran would be met with force, and Iran would strike Israel.").events())
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
  }

  @Test
  void doesNotCodeARefusalAsTheActRefusedInto() {
    assertThat(code("Germany refrained from sanctioning Iran.").events())
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.NEGATED));
  }

  @Test
  void aClauseOfTimeUnderAVerbOfStoppingIsNotStopped() {
    // "after Israel attacked" says when; only what is halted is negated
    assertThat(events("Iran halted the talks after Israel attacked Syria."))
        .contains("ISR 190 SYR asserted");
    assertThat(events("Iran stopped attacking Israel when the ceasefire began."))
        .contains("IRN 190 ISR negated");
  }

  @Test
  void reportsEveryEventWithEvidenceWhoseSpansMatchTheText() {
    String text = "Iran's foreign ministry condemned the strikes. Pakistan launched strikes on Iran.";
    CodedArticle a = code(text);
    assertThat(a.events()).isNotEmpty();
    for (CodedEvent e : a.events()) {
      assertThat(e.sentence().span().of(text)).isEqualTo(e.sentence().text());
      assertThat(e.trigger().span().of(text)).isEqualTo(e.trigger().text());
      assertThat(e.source().span().of(text)).isEqualTo(e.source().text());
      assertThat(e.rule()).matches("verbs\\.txt:\\d+ .+");
      assertThat(e.date()).isEqualTo(DAY);
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(a.events()).extracting(EventCoderTest::describe)
        .contains("IRNGOV 111 - asserted", "PAK 190 IRN asserted");
  }

  @Test
  void attributesAQuoteToTheSubjectOfTheSpeechVerb() {
    String text = "\u201CWe strongly encourage restraint on all sides,\u201D the US State Department said.";
    CodedArticle a = code(text);
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We strongly encourage restraint on all sides,");
      assertThat(q.span().of(text)).isEqualTo(q.text());
      Quote.Speaker s = q.speaker();
      assertThat(s).isNotNull();
      assertThat(s.code()).isEqualTo("USAGOV");
      assertThat(s.span().of(text)).isEqualTo(s.text());
    });
  }

  @Test
  void leavesTheSpeakerNullWhenNoSpeechVerbIsNearby() {
    CodedArticle a = code("The banner read \"no more war in our region\" in red letters.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
  }
  @Test
  void codesANominalStrikeFromPossessorToOnPhrase() {
    assertThat(events("Iran's strike on Pakistan killed two children."))
        .contains("IRN 190 PAK asserted");
  }

  @Test
  void codesANominalStrikeFromAdjectiveAndByPhrase() {
    assertThat(events("The Israeli strike against Iranian Air Force assets at Isfahan damaged a radar."))
        .contains("ISR 190 IRNMIL asserted");
    assertThat(events("A retaliatory strike by the Pakistani military in Iran killed nine people."))
        .contains("PAKMIL 190 IRN asserted");
  }

  @Test
  void codesNominalSanctionsAndAerialStrikes() {
    assertThat(events("The G7 prepared additional sanctions against Iran.")).contains("IGOGOS 163 IRN future");
    assertThat(events("Israel condemned the Iranian missile attack on Haifa and Israel.")).contains("IRN 195 ISR asserted");
  }

  @Test
  void keepsAnyResponseAndTheThreatOfAStrikeHypothetical() {
    assertThat(code("Iran warned that any Israeli response on Iranian soil would be met with force.").events())
        .filteredOn(e -> e.code().root().equals("19"))
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    assertThat(events("The threat of an American strike on Iran rattled markets."))
        .contains("USA 190 IRN hypothetical");
  }

  @Test
  void doesNotCodeTheObjectOfAVerbPatternTwiceAsANominalEvent() {
    assertThat(events("Russia launched strikes on Ukraine.")).containsExactly("RUS 190 UKR asserted");
  }

  @Test
  void codesNoMeetingWithoutSomeoneMeeting() {
    assertThat(code("The proposal was met with silence in Cairo.").events()).isEmpty();
  }
  @Test
  void codesThePlaceOfAnAttackAsItsCountry() {
    assertThat(events("The Ukrainian military targeted the Ryazan Refinery in Ryazan Oblast, Russia, with drones."))
        .contains("UKRMIL 190 RUS asserted");
    assertThat(events("Eleven people were injured in an airstrike carried out by Israel in Tyre, southern Lebanon."))
        .anySatisfy(e -> assertThat(e).startsWith("ISR 19").endsWith("LBN asserted"));
  }

  @Test
  void looksThroughQuantifiersToTheEventNoun() {
    assertThat(events("Russian forces launched a wave of missile and drone strikes across Ukraine."))
        .anySatisfy(e -> assertThat(e).startsWith("RUSMIL 19").endsWith("UKR asserted"));
  }

  @Test
  void codesTalksBetweenTwoStatesAsOneMeetingBetweenThem() {
    assertThat(events("Peace talks between Afghanistan and Pakistan are advancing."))
        .contains("AFG 040 PAK asserted");
  }

  @Test
  void codesArrestsOfUnnamedPeopleAsDomestic() {
    assertThat(events("Pakistani police arrested three people in Quetta."))
        .anySatisfy(e -> assertThat(e).startsWith("PAKCOP 173 PAK"));
  }
  @Test
  void takesTheTargetOfADemandFromItsThatClause() {
    assertThat(events("The United States demanded that North Korea abandon its nuclear program."))
        .anySatisfy(e -> assertThat(e).startsWith("USA 10").contains(" PRK "));
  }

  @Test
  void takesTheTargetFromAnIndirectObjectOrAComplementPhrase() {
    assertThat(events("Finland will give Tanzania a grant.")).anySatisfy(e -> assertThat(e).startsWith("FIN 03").contains(" TZA "));
    assertThat(events("Russia offered to negotiate with Armenia.")).anySatisfy(e -> assertThat(e).startsWith("RUS 036 ARM"));
  }

  @Test
  void codesCoordinatedPartiesToAnAgreementAgainstEachOther() {
    assertThat(events("Czechia and China signed an agreement to increase trade."))
        .contains("CZE 057 CHN asserted", "CHN 057 CZE asserted");
  }
  @Test
  void codesAnActOnUnnamedPeopleAsDomesticButNotAnActOnAnEvent() {
    assertThat(events("The Sudanese government accused Darfur rebels of violating the ceasefire."))
        .anySatisfy(e -> assertThat(e).startsWith("SDNGOV 112").contains(" SDN "));
    assertThat(events("Pakistan condemned the strike."))
        .noneSatisfy(e -> assertThat(e).startsWith("PAK 111 PAK"));
  }
  @Test
  void codesTheContentOfAQuoteWithFirstPersonAsTheSpeaker() {
    CodedArticle a = code("\u201CWe strongly encourage restraint on all sides,\u201D a State Department spokesperson said.");
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo("0256");
      assertThat(e.source().code()).isEqualTo("USAGOV");
      assertThat(e.source().text()).isEqualTo("We");
    });
  }
  @Test
  void findsTheAdversaryOfAThreatDeeperInItsComplements() {
    assertThat(events("Iran threatened to launch a new offensive in its war with Iraq."))
        .anySatisfy(e -> assertThat(e).startsWith("IRN 13").contains(" IRQ "));
  }

  @Test
  void codesAProtestWithoutATargetAgainstTheProtestersOwnCountry() {
    assertThat(events("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday."))
        .anySatisfy(e -> assertThat(e).startsWith("IRQ 14").contains(" IRQ "));
  }
  @Test
  void codesAPeopleByTheCountryTheyLiveIn() {
    assertThat(events("Ethnic Albanians in south Serbia demanded autonomy from Serbian authorities."))
        .anySatisfy(e -> assertThat(e).startsWith("SRB 10"));
    assertThat(events("Albanians protested in Tirana."))
        .allSatisfy(e -> assertThat(e).startsWith("ALB"));
  }
  @Test
  void takesTheTargetOfAConditionalThreatFromItsCondition() {
    assertThat(events("Russia threatened to stop the negotiations if the United States deployed new missiles."))
        .anySatisfy(e -> assertThat(e).startsWith("RUS 13").contains(" USA "));
  }
}
