package org.brink.coding.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.brink.coding.coref.Parsed.added;
import static org.brink.coding.coref.Parsed.resolved;

import java.util.Comparator;
import java.util.List;
import org.brink.coding.actors.ActorMention;
import org.brink.coding.events.SentenceView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Coreference on real CoreNLP parses of sentences written for these tests. */
class ActorCoreferenceTest {

  @Nested
  class Pronouns {
    @Test
    void resolvesItToTheSubjectThatReportsIt() {
      assertThat(added("Pakistan's army said it had been attacked."))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.text()).isEqualTo("it");
                assertThat(m.code()).isEqualTo("PAKMIL");
                assertThat(m.entry()).isEqualTo("coref:pronoun->sentence 0 'Pakistan's army'");
              });
    }

    @Test
    void resolvesTheyToTheArmyNamedInThePreviousSentence() {
      assertThat(
              resolved(
                  "Pakistan's army said it had been attacked. They were initially targeted by"
                      + " Iran."))
          .containsExactly("'it' PAKMIL", "'They' PAKMIL");
    }

    @Test
    void resolvesHeToThePersonWhoIsSubjectOfThePreviousSentence() {
      assertThat(
              added("Antony Blinken met Sergei Lavrov in Geneva. He said the talks were useful."))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.code()).isEqualTo("USAGOV");
                assertThat(m.entry()).isEqualTo("coref:pronoun->sentence 0 'Antony Blinken'");
              });
    }

    @Test
    void resolvesHeToARoleThatNamesAPerson() {
      assertThat(
              resolved(
                  "The Chinese foreign minister met Pakistani officials in Beijing. He said China"
                      + " would help."))
          .containsExactly("'He' CHNGOV");
    }

    @Test
    void resolvesTheyToAPluralAgent() {
      assertThat(
              resolved(
                  "Iranian officials condemned the strike. They said Israel had crossed a red"
                      + " line."))
          .containsExactly("'They' IRNGOV");
    }

    @Test
    void resolvesTheyToEachMemberOfACoordinatedPair() {
      assertThat(
              added(
                  "India and Pakistan exchanged fire on Tuesday. They accused each other of"
                      + " violating the ceasefire."))
          .extracting(ActorMention::code, ActorMention::entry)
          .containsExactly(
              tuple("IND", "coref:pronoun->sentence 0 'India'"),
              tuple("PAK", "coref:pronoun->sentence 0 'Pakistan'"));
    }

    @Test
    void resolvesAPossessiveToTheSubjectOfItsClause() {
      assertThat(resolved("Iran said its forces would defend the country."))
          .containsExactly("'its' IRN", "'the country' IRN");
    }

    @Test
    void resolvesTheTheyOfAGroupWhoseNameIsPlural() {
      assertThat(resolved("The Houthis said they fired missiles at Israel."))
          .containsExactly("'they' YEMREB");
    }

    @Test
    void doesNotResolveAnObjectPronounToTheSubjectOfItsOwnVerb() {
      assertThat(resolved("Iran attacked Pakistan. Pakistan said Iran attacked it."))
          .containsExactly("'it' PAK");
    }

    @Test
    void passesOverTheSubjectAPronounCannotMean() {
      assertThat(resolved("Biden spoke to Netanyahu on Sunday. Biden urged him to show restraint."))
          .containsExactly("'him' ISRGOV");
    }

    @Test
    void chainsThroughAPronounAlreadyResolved() {
      assertThat(added("Iran denied the report. It later accused Israel. It said Israel had lied."))
          .extracting(ActorMention::entry)
          .containsExactly(
              "coref:pronoun->sentence 0 'Iran'",
              "coref:pronoun->sentence 1 'It'->sentence 0 'Iran'");
    }

    @Test
    void leavesHeUnresolvedWhenTwoPeopleCouldBeMeant() {
      assertThat(added("Blinken told Lavrov that he would visit Moscow.")).isEmpty();
    }

    @Test
    void leavesItUnresolvedWhenAThingCouldBeMeant() {
      assertThat(added("Pakistan condemned the strike, saying it violated its sovereignty."))
          .isEmpty();
    }

    @Test
    void leavesItUnresolvedWhenThePreviousSubjectIsNoActor() {
      assertThat(added("The attack on Iran was condemned. It killed ten people.")).isEmpty();
    }

    @Test
    void leavesTheyUnresolvedAfterAMeetingOfTwoActors() {
      assertThat(added("Iranian officials met Pakistani diplomats. They discussed the border."))
          .isEmpty();
    }

    @Test
    void leavesTheyUnresolvedWhenACollectiveAndAPluralBothFit() {
      assertThat(added("Hamas attacked Israeli troops. They said the attack was revenge."))
          .isEmpty();
    }

    @Test
    void leavesAPronounUnresolvedWhenTheNameFollowsIt() {
      assertThat(added("Before it struck, Iran warned Israel.")).isEmpty();
    }

    @Test
    void leavesAPronounInAFrontedClauseUnresolvedWhenItsSentenceNamesTheParticipantsLater() {
      assertThat(
              added(
                  "Iran denied the report. To continue their talks, Blinken invited Lavrov to"
                      + " Geneva."))
          .isEmpty();
    }

    @Test
    void takesNoPlacePhraseForAnAntecedent() {
      assertThat(added("Protests spread in Iran. It blamed foreign agents.")).isEmpty();
    }

    @Test
    void takesNoNameInsideALongerNameForAnAntecedent() {
      assertThat(added("Air Canada suspends its plan to resume flights.")).isEmpty();
    }

    @Test
    void resolvesItToAnAdministrationNamedAfterAPerson() {
      assertThat(added("The Trump administration says it has no plans to attack Venezuela."))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m.entry())
                      .isEqualTo("coref:pronoun->sentence 0 'The Trump administration'"));
    }

    @Test
    void leavesAPronounUnresolvedWhenAnActorOfAnotherCountryStandsBeforeItAsAModifier() {
      assertThat(
              resolved(
                  "The Israeli military says it has started striking Hezbollah infrastructure to"
                      + " prevent them from crossing."))
          .containsExactly("'it' ISRMIL");
    }

    @Test
    void leavesHeUnresolvedWhenAPersonTheDictionaryDoesNotKnowCompetes() {
      assertThat(
              added(
                  "Philippine president Bongbong Marcos says that police arrested former legislator"
                      + " Zaldy Co after he entered the country."))
          .extracting(ActorMention::text)
          .as("'he' stays unresolved; the country is the Philippines")
          .containsExactly("the country");
    }

    @Test
    void looksBackThreeSentences() {
      assertThat(
              resolved(
                  "Iran denied the report. Reporters waited outside. Witnesses heard explosions. It"
                      + " later accused Israel."))
          .containsExactly("'It' IRN");
    }

    @Test
    void looksNoFurtherBackThanThreeSentences() {
      assertThat(
              added(
                  "Iran denied the report. Reporters waited outside. Witnesses heard explosions."
                      + " Residents fled. It later accused Israel."))
          .isEmpty();
    }

    @Test
    void crossesAParagraphBreakOnlyToTheSentenceJustBeforeIt() {
      assertThat(resolved("Iran denied the report.\n\nIt later accused Israel."))
          .containsExactly("'It' IRN");
      assertThat(
              added(
                  "Iran denied the report.\n\nReporters waited outside. It later accused Israel."))
          .isEmpty();
    }

    @Test
    void neverResolvesAFirstPersonPronoun() {
      assertThat(added("Iran's foreign minister said we will respond.")).isEmpty();
    }

    @Test
    void leavesPronounsInsideAQuotationAlone() {
      assertThat(
              resolved("\"They attacked us first,\" the Pakistani army said. It vowed to respond."))
          .containsExactly("'It' PAKMIL");
    }

    @Test
    void leavesADummyItAlone() {
      assertThat(added("Iran denied the report. It is unclear whether Israel will respond."))
          .isEmpty();
      assertThat(added("Iran struck Israel. It was the first direct attack.")).isEmpty();
    }

    @Test
    void leavesTheItOfASmallClauseAlone() {
      assertThat(
              added(
                  "Swedish police seized three tonnes of cocaine, making it the largest seizure in"
                      + " the country."))
          .isEmpty();
    }

    @Test
    void resolvesItBeforeAPredicateThatSaysHowAnActorStands() {
      assertThat(resolved("Iran said it was ready to talk.")).containsExactly("'it' IRN");
    }
  }

  @Nested
  class Surnames {
    @Test
    void resolvesASurnameAfterTheFullNameAndThePronounAfterIt() {
      List<ActorMention> added =
          added(
              "Kamala Harris visited Pakistan on Monday. Harris said she would meet Iranian"
                  + " officials.");
      assertThat(added).extracting(ActorMention::text).containsExactly("Harris", "she");
      assertThat(added).extracting(ActorMention::code).containsOnly("USAGOV");
      assertThat(added.get(0).entry()).isEqualTo("coref:surname->sentence 0 'Kamala Harris'");
    }

    @Test
    void leavesASurnameTheDictionaryCodesToTheDictionary() {
      assertThat(added("Antony Blinken visited Cairo. Blinken said the talks went well."))
          .isEmpty();
    }

    @Test
    void leavesASurnameUnresolvedWhenAnotherFullNameSharesIt() {
      assertThat(
              added(
                  "Kamala Harris visited Pakistan. Rachel Harris, a reporter, followed. Harris said"
                      + " the visit went well."))
          .isEmpty();
    }

    @Test
    void leavesASurnameUnresolvedWithNoFullNameBeforeIt() {
      assertThat(added("Harris said the visit went well. Kamala Harris left on Monday.")).isEmpty();
    }
  }

  @Nested
  class Speakers {
    @Test
    void theSpeakerOfAReportInsideAnotherReportSpeaksOfItself() {
      // the pronoun is the subject of what Ethiopia indicated, not of the official's report
      assertThat(resolved("Ethiopia indicated it deplored the attack, a senior official said on Saturday."))
          .containsExactly("'it' ETH");
      assertThat(resolved("Before it struck, Iran warned Iraq."))
          .as("a pronoun before the name it stands for, outside any report, stays cataphoric")
          .isEmpty();
    }
  }

  @Nested
  class RoleNouns {
    @Test
    void givesARoleNounTheGovernmentOfTheOnlyCountryInReach() {
      assertThat(
              added(
                  "Iran condemned the strike. The foreign ministry spokesperson said the report was"
                      + " false."))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.text()).isEqualTo("The foreign ministry spokesperson");
                assertThat(m.code()).isEqualTo("IRNGOV");
                assertThat(m.entry()).isEqualTo("coref:role->sentence 0 'Iran'+GOV");
              });
    }

    @Test
    void resolvesTheOfficialWhenEveryActorInReachIsTheSameGovernment() {
      assertThat(
              resolved(
                  "A White House official said the United States condemned the attack. The official"
                      + " said Washington would respond."))
          .containsExactly("'The official' USAGOV");
    }

    @Test
    void givesTheArmyTheMilitaryOfTheCountryInReach() {
      assertThat(
              resolved(
                  "Pakistan said it had been attacked. The army said the attack came from Iran."))
          .containsExactly("'it' PAK", "'The army' PAKMIL");
    }

    @Test
    void givesTheCountryTheOnlyCountryInReachWithoutASector() {
      assertThat(
              resolved(
                  "The South Korean foreign ministry said the country would open an embassy in"
                      + " Damascus."))
          .contains("'the country' KOR");
      assertThat(resolved("Belarus held an election on Sunday. The nation mourned the victims."))
          .containsExactly("'The nation' BLR");
      assertThat(added("Iran attacked Pakistan. The country said the strike was justified."))
          .as("two countries compete")
          .isEmpty();
    }

    @Test
    void leavesARoleNounUnresolvedWhenTwoCountriesCompete() {
      assertThat(added("Iran attacked Pakistan. The ministry said the strike was justified."))
          .isEmpty();
    }

    @Test
    void leavesARoleNounUnresolvedBeyondTwoSentences() {
      assertThat(
              added(
                  "Iran denied the report. Reporters waited outside. Witnesses heard explosions."
                      + " The spokesperson said the report was false."))
          .isEmpty();
    }

    @Test
    void takesNoPlacePhraseForTheOwnerOfARoleNoun() {
      assertThat(added("In Laos, the administration looked at the efforts.")).isEmpty();
    }

    @Test
    void leavesARoleNounWithItsOwnerNamedToTheDictionary() {
      assertThat(added("Iran denied the report. The spokesperson of the hospital said nothing."))
          .isEmpty();
    }
  }

  @Nested
  class Pairs {
    @Test
    void givesTheTwoCountriesOneMentionForEachCountry() {
      assertThat(
              added("India and Pakistan exchanged fire. The two countries have fought three wars."))
          .extracting(ActorMention::text, ActorMention::code, ActorMention::entry)
          .containsExactly(
              tuple("The two countries", "IND", "coref:pair->sentence 0 'India'"),
              tuple("The two countries", "PAK", "coref:pair->sentence 0 'Pakistan'"));
    }

    @Test
    void resolvesBothSidesThroughTheTwoCountries() {
      assertThat(
              resolved(
                  "India and Pakistan exchanged fire. The two countries have fought three wars."
                      + " Both sides accused each other."))
          .containsExactly(
              "'The two countries' IND",
              "'The two countries' PAK",
              "'Both sides' IND",
              "'Both sides' PAK");
    }

    @Test
    void givesTheTwoCountriesTheCountriesOfSectorMentions() {
      assertThat(
              resolved(
                  "Iran's army struck Pakistani border posts. Pakistan's foreign ministry"
                      + " protested. Both countries recalled their envoys."))
          .startsWith("'Both countries' IRN", "'Both countries' PAK");
    }

    @Test
    void leavesTheTwoCountriesUnresolvedWhenThreeAreNamed() {
      assertThat(added("Iran, Pakistan and China met in Beijing. The two countries signed a deal."))
          .isEmpty();
    }

    @Test
    void leavesTheTwoCountriesUnresolvedWhenOnlyOneIsNamed() {
      assertThat(added("Pakistan condemned the strike. The two countries have fought before."))
          .isEmpty();
    }
  }

  @Nested
  class Contract {
    private final ActorCoreference coreference = new ActorCoreference();

    @Test
    void returnsAViewWithNothingResolvedAsItWas() {
      String text = "Iran attacked Pakistan. The ministry said the strike was justified.";
      List<SentenceView> views = Parsed.views(text);
      List<SentenceView> out = coreference.resolve(text, views);
      assertThat(out).hasSameSizeAs(views);
      for (int i = 0; i < views.size(); i++) {
        assertThat(out.get(i)).isSameAs(views.get(i));
      }
    }

    @Test
    void resolvesNothingInNoSentences() {
      assertThat(coreference.resolve("", List.of())).isEmpty();
    }

    @Test
    void placesEachMentionOnTheAnaphorAsWrittenAndKeepsMentionsInTokenOrder() {
      String text =
          "Pakistan's army said it had been attacked. They were initially targeted by Iran.";
      for (SentenceView v : coreference.resolve(text, Parsed.views(text))) {
        for (ActorMention m : v.actors()) {
          assertThat(m.span().of(text)).isEqualTo(m.text());
          assertThat(v.sentence().span(m.first(), m.last())).isEqualTo(m.span());
        }
        assertThat(v.actors()).isSortedAccordingTo(Comparator.comparingInt(ActorMention::first));
      }
    }

    @Test
    void keepsTheDictionaryMentions() {
      String text =
          "Pakistan's army said it had been attacked. They were initially targeted by Iran.";
      List<SentenceView> out = coreference.resolve(text, Parsed.views(text));
      assertThat(out.get(1).actors())
          .extracting(ActorMention::text)
          .containsExactly("They", "Iran");
      assertThat(out.get(1).actors().get(1).entry()).startsWith("countries.txt:");
    }
  }
}
