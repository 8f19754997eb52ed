package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.loadDefault());
  private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 14);

  private static List<ActorMention> find(String text, @Nullable LocalDate date) {
    return MATCHER.find(TestSentence.of(text), text, date);
  }

  private static List<ActorMention> find(String text) {
    return find(text, APRIL_2024);
  }

  /** Each mention as "code=text". */
  private static List<String> coded(String text, @Nullable LocalDate date) {
    return find(text, date).stream().map(m -> m.code() + "=" + m.text()).toList();
  }

  private static List<String> coded(String text) {
    return coded(text, APRIL_2024);
  }

  @Test
  void findsACountryByItsName() {
    List<ActorMention> found = find("Iran said on Monday that talks would resume.");
    assertThat(found).hasSize(1);
    ActorMention iran = found.get(0);
    assertThat(iran.code()).isEqualTo("IRN");
    assertThat(iran.first()).isZero();
    assertThat(iran.last()).isZero();
    assertThat(iran.span()).isEqualTo(new Span(0, 4));
    assertThat(iran.text()).isEqualTo("Iran");
  }

  @Test
  void aWordOfRankBetweenACountryAndItsAgentKeepsTheAgent() {
    assertThat(coded("Iran's new foreign minister arrived in Beijing."))
        .containsExactly("IRNGOV=Iran's new foreign minister", "CHNGOV=Beijing");
    assertThat(coded("Russia's first deputy prime minister met them."))
        .containsExactly("RUSGOV=Russia's first deputy prime minister");
    assertThat(coded("Iran's new proposal reached Iraq."))
        .as("no agent after the rank word: the country alone")
        .containsExactly("IRN=Iran", "IRQ=Iraq");
  }

  @Test
  void findsACountryByItsFormalName() {
    assertThat(coded("The Islamic Republic of Iran rejected the offer."))
        .containsExactly("IRN=Islamic Republic of Iran");
  }

  @Test
  void findsACountryByItsEpithet() {
    assertThat(coded("The Islamic Republic warned the Jewish state on Monday."))
        .containsExactly("IRN=The Islamic Republic", "ISR=the Jewish state");
  }

  @Test
  void findsACountryByItsAdjective() {
    assertThat(coded("An Iranian tanker and Pakistani traders reached the port."))
        .containsExactly("IRN=Iranian", "PAK=Pakistani");
  }

  @Test
  void takesTheLongestNameSoTheUnitedStatesIsNotJustUnited() {
    assertThat(coded("the United States and United Airlines"))
        .containsExactly("USA=the United States");
  }

  @Test
  void includesTheOnlyWhenItIsPartOfTheName() {
    assertThat(coded("the White House said the Iranian government lied"))
        .containsExactly("USAGOV=the White House", "IRNGOV=Iranian government");
  }

  @Test
  void readsCapitalsAsTheirGovernments() {
    assertThat(coded("Washington warned Moscow and Beijing."))
        .containsExactly("USAGOV=Washington", "RUSGOV=Moscow", "CHNGOV=Beijing");
  }

  @Test
  void readsSeatsOfPowerWithTheirOwnCodes() {
    assertThat(coded("The Kremlin and the Pentagon traded accusations."))
        .containsExactly("RUSGOV=The Kremlin", "USAMIL=the Pentagon");
  }

  @Test
  void combinesACountryAdjectiveWithAnAgent() {
    assertThat(coded("Pakistani military officials said"))
        .containsExactly("PAKMIL=Pakistani military officials");
    assertThat(coded("the Iranian foreign ministry said"))
        .containsExactly("IRNGOV=Iranian foreign ministry");
    assertThat(coded("US officials said")).containsExactly("USAGOV=US officials");
    assertThat(coded("Russian defence ministry"))
        .containsExactly("RUSGOVMIL=Russian defence ministry");
  }

  @Test
  void aCountryNameBeforeIndependenceCodesAsTheStateItWasPartOf() {
    LocalDate y1999 = LocalDate.of(1999, 12, 26);
    assertThat(coded("Rebels shelled Juba on Sunday.", y1999)).containsExactly("SDNGOV=Juba");
    assertThat(coded("South Sudanese rebels met in Nairobi.", y1999)).first().isEqualTo("SDNREB=South Sudanese rebels");
    assertThat(coded("Rebels shelled Juba on Sunday.", LocalDate.of(2011, 7, 9))).containsExactly("SSDGOV=Juba");
    assertThat(coded("Rebels shelled Juba on Sunday.", null)).as("no date: today's state").containsExactly("SSDGOV=Juba");
    assertThat(find("Rebels shelled Juba on Sunday.", y1999).get(0).entry())
        .as("the role line is part of the provenance")
        .matches("countries\\.txt:\\d+\\+countries\\.txt:\\d+");
  }

  @Test
  void anOrganisationsNameRunsThroughItsOfPhrase() {
    // synthetic: a national union named with an of-phrase is one mention, the whole name
    assertThat(coded("The Ruritanian Union of Teachers ended the strike."))
        .isEmpty(); // Ruritania is no country: no mention at all
    assertThat(coded("The Kenyan Union of Nurses ended its strike with Tanzanian officials."))
        .containsExactly("KENLAB=Kenyan Union of Nurses", "TZAGOV=Tanzanian officials");
    assertThat(coded("The Kenyan Union of Uganda met."))
        .as("an of-phrase naming an actor of its own stays out")
        .containsExactly("KENLAB=Kenyan Union", "UGA=Uganda");
    assertThat(coded("the Kenyan union of teachers met"))
        .as("a lower-case agent is no name")
        .containsExactly("KENLAB=Kenyan union");
  }

  @Test
  void combinesAPossessiveCountryWithAnAgent() {
    assertThat(find("Israel's army said"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.code()).isEqualTo("ISRMIL");
              assertThat(m.text()).isEqualTo("Israel's army");
              assertThat(m.first()).isZero();
              assertThat(m.last()).isEqualTo(2);
            });
  }

  @Test
  void leavesThePossessiveOutOfTheMention() {
    assertThat(find("Iran's nuclear programme"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Iran");
              assertThat(m.last()).isZero();
            });
  }

  @Test
  void combinesACapitalWithAnAgentIntoTheCountrysSector() {
    assertThat(coded("Kyiv residents sheltered")).containsExactly("UKRCVL=Kyiv residents");
  }

  @Test
  void keepsASeatsCodeWhenAnAgentFollows() {
    assertThat(coded("Pentagon officials said")).containsExactly("USAMIL=Pentagon officials");
  }

  @Test
  void combinesAnAgentOfACountry() {
    assertThat(coded("the government of Pakistan said"))
        .containsExactly("PAKGOV=government of Pakistan");
    assertThat(coded("the President of the United States"))
        .containsExactly("USAGOV=President of the United States");
  }

  @Test
  void combinesAnAgentFromOrInACountryButNotTroopsInOne() {
    assertThat(coded("soldiers from Russia attacked")).containsExactly("RUSMIL=soldiers from Russia");
    assertThat(coded("lawmakers in Iran said")).containsExactly("IRNLEG=lawmakers in Iran");
    // troops in a country may be anyone's: only the country is named
    assertThat(coded("troops in Iraq said")).containsExactly("IRQ=Iraq");
  }

  @Test
  void findsNothingForAnAgentAlone() {
    assertThat(find("Officials said troops had left.")).isEmpty();
  }

  @Test
  void findsIntergovernmentalOrganisations() {
    assertThat(coded("the United Nations, NATO and the EU met; Nato said"))
        .containsExactly(
            "IGOUNO=the United Nations", "IGOWSTNAT=NATO", "IGOEUREEC=EU", "IGOWSTNAT=Nato");
  }

  @Test
  void absorbsAnAgentAfterAnOrganisation() {
    assertThat(coded("UN peacekeepers and Hamas fighters"))
        .containsExactly("IGOUNO=UN", "PSEREB=Hamas");
    assertThat(coded("Hamas militants attacked")).containsExactly("PSEREB=Hamas militants");
  }

  @Test
  void findsArmedGroupsUnderTheCountryWhereTheyOperate() {
    assertThat(coded("Hamas, Hezbollah, the Houthis, M23, al-Shabaab and the RSF"))
        .containsExactly(
            "PSEREB=Hamas",
            "LBNREB=Hezbollah",
            "YEMREB=the Houthis",
            "CODREB=M23",
            "SOMREB=al-Shabaab",
            "SDNREB=RSF");
  }

  @Test
  void codesTheIslamicStateAsAnInternationalMilitarisedGroup() {
    assertThat(coded("ISIS claimed the attack")).containsExactly("IMG=ISIS");
  }

  @Test
  void codesTheTalibanByTheDate() {
    assertThat(coded("the Taliban", LocalDate.of(2020, 6, 1)))
        .containsExactly("AFGREB=the Taliban");
    assertThat(coded("the Taliban", LocalDate.of(2021, 8, 15)))
        .containsExactly("AFGGOV=the Taliban");
  }

  @Test
  void prefersAGroupsFullNameToTheCountryAdjectiveInIt() {
    assertThat(coded("the Pakistani Taliban and Palestinian Islamic Jihad"))
        .containsExactly("PAKREB=Pakistani Taliban", "PSEREB=Palestinian Islamic Jihad");
  }

  @Test
  void codesBlinkenAsGovernmentWhileSecretaryOfState() {
    assertThat(coded("Blinken met Wang Yi.", LocalDate.of(2024, 4, 14)))
        .containsExactly("USAGOV=Blinken", "CHNGOV=Wang Yi");
  }

  @Test
  void codesEarlierOfficeHoldersByTheRoleHeldOnTheDay() {
    assertThat(coded("Warren Christopher telephoned Kozyrev.", LocalDate.of(1995, 3, 1)))
        .containsExactly("USAGOV=Warren Christopher", "RUSGOV=Kozyrev");
    assertThat(coded("Warren Christopher telephoned Kozyrev.", APRIL_2024))
        .containsExactly("USAELI=Warren Christopher", "RUSELI=Kozyrev");
    assertThat(coded("Obama spoke.", LocalDate.of(2006, 1, 1))).containsExactly("USALEG=Obama");
    assertThat(coded("Obama spoke.", LocalDate.of(2010, 1, 1))).containsExactly("USAGOV=Obama");
  }

  @Test
  void codesASpokespersonWithTheGovernmentTheySpeakFor() {
    assertThat(coded("Matthew Miller and Mao Ning answered questions."))
        .containsExactly("USAGOV=Matthew Miller", "CHNGOV=Mao Ning");
  }

  @Test
  void codesBlinkenAsEliteAfterHisTermEnded() {
    assertThat(coded("Antony Blinken spoke.", LocalDate.of(2025, 6, 1)))
        .containsExactly("USAELI=Antony Blinken");
  }

  @Test
  void codesBlinkenAsEliteBeforeHisTermBegan() {
    assertThat(coded("Blinken spoke.", LocalDate.of(2020, 6, 1))).containsExactly("USAELI=Blinken");
  }

  @Test
  void startsARoleOnItsFirstDayAndEndsItTheDayTheSuccessorTakesOver() {
    assertThat(coded("Blinken", LocalDate.of(2021, 1, 26))).containsExactly("USAGOV=Blinken");
    assertThat(coded("Blinken", LocalDate.of(2021, 1, 25))).containsExactly("USAELI=Blinken");
    assertThat(coded("Blinken", LocalDate.of(2025, 1, 20))).containsExactly("USAELI=Blinken");
  }

  @Test
  void takesTheMostRecentRoleWhenTheDateIsUnknown() {
    assertThat(coded("Blinken", null)).containsExactly("USAGOV=Blinken");
    assertThat(coded("Shoigu", null)).containsExactly("RUSGOV=Shoigu");
  }

  @Test
  void followsAPersonFromOneOfficeToTheNext() {
    assertThat(coded("Shoigu", LocalDate.of(2023, 1, 1))).containsExactly("RUSGOVMIL=Shoigu");
    assertThat(coded("Shoigu", LocalDate.of(2024, 6, 1))).containsExactly("RUSGOV=Shoigu");
  }

  @Test
  void findsNoMentionForAPersonWithoutACodeOnTheDate() {
    ActorDictionary d =
        ActorDictionary.parse(
            List.of(
                new NamedSource(
                    "people.txt",
                    "[person] Jane Roe\n  names: Roe\n  role: USAGOV 2021-01-20..2025-01-20\n")));
    ActorMatcher matcher = new ActorMatcher(d);
    String text = "Jane Roe spoke.";
    Sentence s = TestSentence.of(text);
    assertThat(matcher.find(s, text, LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(matcher.find(s, text, LocalDate.of(2022, 1, 1)))
        .extracting(ActorMention::code, ActorMention::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("USAGOV", "Jane Roe"));
  }

  @Test
  void joinsATitleAndTheNameThatFollowsIt() {
    assertThat(coded("Iranian Foreign Minister Abbas Araghchi arrived", LocalDate.of(2025, 3, 1)))
        .containsExactly("IRNGOV=Iranian Foreign Minister Abbas Araghchi");
    assertThat(coded("US Secretary of State Antony Blinken", APRIL_2024))
        .containsExactly("USAGOV=US Secretary of State Antony Blinken");
  }

  @Test
  void keepsATitleAndAForeignNameApart() {
    assertThat(coded("US President Vladimir Putin"))
        .containsExactly("USAGOV=US President", "RUSGOV=Vladimir Putin");
  }

  @Test
  void doesNotMatchCommonWordsInLowerCase() {
    assertThat(find("they ate turkey in chad and georgia, jordan said to us")).isEmpty();
  }

  @Test
  void matchesThoseWordsWhenCapitalised() {
    assertThat(coded("Turkey, Chad, Georgia, Niger, Guinea and Jordan"))
        .containsExactly(
            "TUR=Turkey", "TCD=Chad", "GEO=Georgia", "NER=Niger", "GIN=Guinea", "JOR=Jordan");
  }

  @Test
  void needsCapitalsForANameWrittenInCapitals() {
    assertThat(coded("Us and US")).containsExactly("USA=US");
  }

  @Test
  void matchesNamesInAllCapitalHeadlines() {
    assertThat(coded("TURKEY SAYS IRAN MOVED")).containsExactly("TUR=TURKEY", "IRN=IRAN");
  }

  @Test
  void matchesNamesWithOrWithoutAccents() {
    assertThat(coded("Côte d'Ivoire and Cote d'Ivoire"))
        .containsExactly("CIV=Côte d'Ivoire", "CIV=Cote d'Ivoire");
  }

  @Test
  void matchesHyphenatedNamesWhetherOrNotTheTokenizerSplitsThem() {
    assertThat(coded("Guinea-Bissau")).containsExactly("GNB=Guinea-Bissau");
  }

  @Test
  void skipsANameGluedToALowerCaseWordButNotTheLeaderOfALedForce() {
    assertThat(coded("Iran-backed Houthis and Iran-funded militias")).containsExactly("YEMREB=Houthis");
    assertThat(coded("Iran-backed Houthis and US-led forces")).containsExactly("YEMREB=Houthis", "USA=US");
  }

  @Test
  void skipsANameAfterAntiOrPro() {
    assertThat(find("anti-Israel protesters gathered")).isEmpty();
  }

  @Test
  void keepsBothNamesInACompoundOfNames() {
    assertThat(coded("the Russia-Ukraine war")).containsExactly("RUS=Russia", "UKR=Ukraine");
  }

  @Test
  void hidesNamesInsidePhrasesThatNameNoActor() {
    assertThat(coded("Paris left the Paris Agreement in New Mexico"))
        .containsExactly("FRAGOV=Paris");
  }

  @Test
  void readsCongoAloneAsTheDemocraticRepublic() {
    assertThat(coded("Congo, the Republic of the Congo and the Democratic Republic of the Congo"))
        .containsExactly(
            "COD=Congo",
            "COG=the Republic of the Congo",
            "COD=the Democratic Republic of the Congo");
  }

  @Test
  void reportsMentionsLeftToRightWithoutOverlap() {
    List<ActorMention> found =
        find("Israeli troops killed Hamas militants near the Egyptian border");
    assertThat(found).extracting(ActorMention::code).containsExactly("ISRMIL", "PSEREB", "EGY");
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).first()).isGreaterThan(found.get(i - 1).last());
    }
  }

  @Test
  void cutsTheMentionTextFromTheFullText() {
    String text = "Talks stalled. Then Pakistan's army chief flew to Riyadh.";
    int begin = text.indexOf("Then");
    Sentence second = TestSentence.of(text, begin, text.length());
    List<ActorMention> found = MATCHER.find(second, text, APRIL_2024);
    assertThat(found).extracting(ActorMention::code).containsExactly("PAKMIL", "SAUGOV");
    ActorMention army = found.get(0);
    assertThat(army.text()).isEqualTo("Pakistan's army chief");
    assertThat(army.span().of(text)).isEqualTo(army.text());
    assertThat(army.span().begin()).isEqualTo(text.indexOf("Pakistan"));
    assertThat(army.first()).isEqualTo(1);
    assertThat(army.last()).isEqualTo(4);
  }

  @Test
  void namesTheDictionaryLinesThatMatched() throws IOException {
    ActorMention m = find("Pakistani military").get(0);
    String[] parts = m.entry().split("\\+");
    assertThat(parts).hasSize(2);
    assertThat(line(parts[0])).contains("Pakistani");
    assertThat(line(parts[1])).contains("military");
    assertThat(parts[0]).startsWith("countries.txt:");
    assertThat(parts[1]).startsWith("agents.txt:");
  }

  @Test
  void namesTheRoleLineThatGaveAPersonsCode() throws IOException {
    ActorMention m = find("Blinken").get(0);
    String[] parts = m.entry().split("\\+");
    assertThat(parts).hasSize(2);
    assertThat(line(parts[0])).contains("Blinken");
    assertThat(line(parts[1])).contains("role: USAGOV 2021-01-26..2025-01-20");
  }

  @Test
  void findsNothingInAnEmptySentence() {
    assertThat(MATCHER.find(new Sentence(0, new Span(0, 0), List.of(), List.of()), "", null))
        .isEmpty();
  }

  @Test
  void refusesATextTheTokensDoNotFit() {
    Sentence s = TestSentence.of("Iran and Iraq");
    assertThatThrownBy(() -> MATCHER.find(s, "Iran", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "token 1 'and' ends at 8, past the end of the text (4 chars); pass the text the"
                + " sentence's spans index");
  }

  @Test
  void givesTheSameMentionsEveryTime() {
    String text = "Russian forces and Ukrainian drones; Zelensky and Putin; the UN.";
    assertThat(find(text)).isEqualTo(find(text));
  }

  /** The text of a bundled dictionary line named "file:LINE". */
  private static String line(String location) throws IOException {
    String[] fileLine = location.split(":");
    try (InputStream in = ActorDictionary.class.getResourceAsStream(fileLine[0])) {
      assertThat(in).as(fileLine[0]).isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      return lines[Integer.parseInt(fileLine[1]) - 1];
    }
  }
}
