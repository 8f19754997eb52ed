package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.brink.coding.actors.petrarch.Fixtures;
import org.brink.coding.actors.petrarch.PetrarchDictionaryReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Dictionaries built from the bundled files, PETRARCH files, or both. */
class ActorDictionaryBuilderTest {
  private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 14);

  /** The fictional fixtures alone: Kessaria, Terrabay and their people, agents and discards. */
  private static ActorDictionary fictional() throws IOException {
    return ActorDictionary.builder()
        .addPetrarchActors(Fixtures.path("synonyms.actors.txt"))
        .addPetrarchActors(Fixtures.path("dated.actors.txt"))
        .addPetrarchAgents(Fixtures.path("agents.txt"))
        .addPetrarchDiscards(Fixtures.path("discards.txt"))
        .build();
  }

  /** Each mention as "code=text". */
  private static List<String> coded(ActorDictionary d, String text, @Nullable LocalDate date) {
    return new ActorMatcher(d)
        .find(TestSentence.of(text), text, date).stream()
            .map(m -> m.code() + "=" + m.text())
            .toList();
  }

  private static List<String> coded(ActorDictionary d, String text) {
    return coded(d, text, APRIL_2024);
  }

  @Test
  void buildsTheBundledFilesAloneAsTheDefaultDictionary() {
    ActorDictionary d = ActorDictionary.builder().addBundled().build();
    assertThat(d).isSameAs(ActorDictionary.loadDefault());
    assertThat(d.problems()).isEmpty();
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void refusesToBuildFromNothing() {
    assertThatThrownBy(() -> ActorDictionary.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no actor dictionary to build: call addBundled() or add a PETRARCH file");
  }

  @Test
  void findsPetrarchNamesInAnyCase() throws IOException {
    assertThat(coded(fictional(), "Kessaria and TERRABAY met in kessaria."))
        .containsExactly("KSR=Kessaria", "TRB=TERRABAY", "KSR=kessaria");
  }

  @Test
  void findsSynonymsAndNamesThatShareCodes() throws IOException {
    assertThat(coded(fictional(), "Port Elsmere accused the NFL and the Northern Front."))
        .containsExactly("KSR=Port Elsmere", "KSRREB=NFL", "KSRREB=Northern Front");
  }

  @Test
  void combinesACountryWithAPetrarchAgent() throws IOException {
    assertThat(coded(fictional(), "Kessarian coast guardsmen met Terrabay harbour police."))
        .containsExactly("KSRMIL=Kessarian coast guardsmen", "TRBCOP=Terrabay harbour police");
  }

  @Test
  void putsAPrefixAgentsCodeBeforeTheCountrys() throws IOException {
    assertThat(coded(fictional(), "Kessarian relief missions and the relief mission of Terrabay"))
        .containsExactly("NGOKSR=Kessarian relief missions", "NGOTRB=relief mission of Terrabay");
  }

  @Test
  void combinesAnAgentOfAPetrarchCountry() throws IOException {
    assertThat(coded(fictional(), "the cabinet ministry of Terrabay"))
        .containsExactly("TRBGOV=cabinet ministry of Terrabay");
  }

  @Test
  void appendsAnAgentsCodeToAPetrarchGroup() throws IOException {
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(Fixtures.path("synonyms.actors.txt"))
            .build();
    assertThat(coded(d, "A Northern Front spokesman spoke."))
        .as("a PETRARCH name takes the agent's code, as PETRARCH combines them")
        .containsExactly("KSRREBGOV=Northern Front spokesman");
  }

  @Test
  void codesAPersonByTheDayOfTheArticle() throws IOException {
    ActorDictionary d = fictional();
    String text = "President Vellinger spoke.";
    String who = "=President Vellinger";
    assertThat(coded(d, text, LocalDate.of(2015, 3, 10))).containsExactly("KSRELI" + who);
    assertThat(coded(d, text, LocalDate.of(2015, 3, 11))).containsExactly("KSRGOV" + who);
    assertThat(coded(d, text, LocalDate.of(2023, 5, 31))).containsExactly("KSRGOV" + who);
    assertThat(coded(d, text, LocalDate.of(2023, 6, 1))).containsExactly("KSRELI" + who);
    ActorMention m =
        new ActorMatcher(d).find(TestSentence.of(text), text, LocalDate.of(2020, 1, 1)).get(0);
    assertThat(m.entry()).isEqualTo("dated.actors.txt:5+dated.actors.txt:7");
  }

  @Test
  void namesNoActorWhereTheCodeIsNull() throws IOException {
    ActorDictionary d = fictional();
    assertThat(coded(d, "Admiral Kovac sailed.", LocalDate.of(2004, 12, 31))).isEmpty();
    assertThat(coded(d, "Admiral Kovac sailed.", LocalDate.of(2005, 1, 2)))
        .containsExactly("KSRMIL=Admiral Kovac");
    assertThat(coded(d, "The Bay Watch Committee met in Terrabay."))
        .containsExactly("TRB=Terrabay");
  }

  @Test
  void hidesTheNamesInsideADiscardPhrase() throws IOException {
    assertThat(coded(fictional(), "The Kessaria Open began as Kessaria voted."))
        .containsExactly("KSR=Kessaria");
  }

  @Test
  void readsPetrarchActorsAsCountriesGroupsOrPeople() throws IOException {
    assertThat(fictional().entries())
        .filteredOn(e -> e.kind() != EntryKind.AGENT && e.kind() != EntryKind.IGNORE)
        .extracting(e -> e.label() + ":" + e.kind())
        .contains(
            "KESSARIA:COUNTRY",
            "NORTHERN FRONT:GROUP",
            "MARTA VELLINGER:GROUP",
            "ADMIRAL KOVAC:PERSON");
  }

  @Test
  void keepsTheBundledListingOfANameAndNotesTheSkippedOne() {
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(
                new NamedSource("clash.actors.txt", "IRAN_ [KSR]\nUS_ [KSR]\nKESSARIA_ [KSR]\n"))
            .build();
    String usLine =
        ActorDictionary.loadDefault()
            .actors()
            .longest(new String[] {"us"}, new String[] {"US"}, 0)
            .phrase()
            .location();
    assertThat(d.notes())
        .containsExactly(
            "clash.actors.txt:1: name already listed, skipped: 'IRAN'; countries.txt:407 lists it"
                + " first, and the first listing is kept",
            "clash.actors.txt:2: name already listed, skipped: 'US'; "
                + usLine
                + " lists it first, and the first listing is kept");
    assertThat(d.problems()).isEmpty();
    // Brink's capitalisation rules stay for Brink's names: "us" is no country
    assertThat(coded(d, "Iran told us that Kessaria and the US agreed."))
        .containsExactly("IRN=Iran", "KSR=Kessaria", "USA=US");
  }

  @Test
  void addsPetrarchAgentsToTheBundledCountries() throws IOException {
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchAgents(Fixtures.path("agents.txt"))
            .build();
    assertThat(coded(d, "Pakistani coast guardsmen and Pakistani troops"))
        .containsExactly("PAKMIL=Pakistani coast guardsmen", "PAKMIL=Pakistani troops");
  }

  @Test
  void aPetrarchPersonCodedWithACountryOnlyKeepsTheSectorOfTheTitleBeforeIt() {
    // PETRARCH files code many people with a bare country; filed as names of it, they still join
    // the mention a title opened ("Valdornese Prime Minister Arkel"), which keeps its sector
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(new NamedSource("t.actors", "VALDORNA [VLD]\n+VALDORNESE\nARKEL [VLD]\n"))
            .build();
    assertThat(coded(d, "Valdornese Prime Minister Arkel met Iranian officials."))
        .containsExactly("VLDGOV=Valdornese Prime Minister Arkel", "IRNGOV=Iranian officials");
    assertThat(coded(d, "Arkel met Iranian officials.")).containsExactly("VLD=Arkel", "IRNGOV=Iranian officials");
  }

  @Test
  void reportsMalformedPetrarchLinesAndLoadsTheRest() throws IOException {
    Path file = Fixtures.path("malformed.actors.txt");
    ActorDictionary d = ActorDictionary.builder().addBundled().addPetrarchActors(file).build();
    assertThat(d.problems())
        .hasSize(8)
        .containsExactlyElementsOf(
            PetrarchDictionaryReader.readActors(
                    "malformed.actors.txt", Fixtures.text("malformed.actors.txt"))
                .problems());
    assertThat(d.problems().get(0))
        .isEqualTo(
            "malformed.actors.txt:2: synonym before any actor name: '+ORPHAN_SYNONYM'; start the"
                + " file with a root name line");
    assertThat(coded(d, "Valdornese envoys met Iranian officials in Kessaria."))
        .containsExactly("VLDGOV=Valdornese envoys", "IRNGOV=Iranian officials", "KSR=Kessaria");
  }

  @Test
  void fingerprintsTheSourcesItIsBuiltFrom() throws IOException {
    String once = fictional().fingerprint();
    assertThat(fictional().fingerprint()).isEqualTo(once).hasSize(64);
    assertThat(once).isNotEqualTo(ActorDictionary.loadDefault().fingerprint());
    ActorDictionary withBundled =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(Fixtures.path("synonyms.actors.txt"))
            .build();
    assertThat(withBundled.fingerprint()).isNotEqualTo(once);
  }

  @Test
  void findsAnActorOnlyThePetrarchValidationDictionaryHas() throws IOException {
    Path dir = Fixtures.realFiles().orElse(null);
    assumeTrue(dir != null, "no ../shared/peer-data/petrarch2 beside this checkout");
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(dir.resolve("PETR.Validate.actors.txt"))
            .addPetrarchAgents(dir.resolve("PETR.Validate.agents.txt"))
            .addPetrarchDiscards(dir.resolve("PETR.Validate.discards.txt"))
            .build();
    assertThat(d.problems()).isEmpty();
    String text = "Arnor is about to restore full diplomatic ties with Gondor.";
    List<ActorMention> found =
        new ActorMatcher(d).find(TestSentence.of(text), text, LocalDate.of(2000, 1, 1));
    assertThat(found)
        .extracting(m -> m.code() + "=" + m.text() + "@" + m.entry())
        .containsExactly(
            "ARN=Arnor@PETR.Validate.actors.txt:45", "GON=Gondor@PETR.Validate.actors.txt:96");
  }

  @Test
  void codesThePetrarchValidationPersonByTheDay() throws IOException {
    Path dir = Fixtures.realFiles().orElse(null);
    assumeTrue(dir != null, "no ../shared/peer-data/petrarch2 beside this checkout");
    ActorDictionary d =
        ActorDictionary.builder()
            .addPetrarchActors(dir.resolve("PETR.Validate.actors.txt"))
            .build();
    String text = "Sam Gamgee left.";
    // the restrictions in file order: HOBCIV <20080120, ORCHOB 20100109-20100112, HOBMIL
    // 20080120-20121109, HOBGOV 20121109-20130119, HOBELI >20130119; the first that fits wins
    assertThat(coded(d, text, LocalDate.of(2008, 1, 20))).containsExactly("HOBCIV=Sam Gamgee");
    assertThat(coded(d, text, LocalDate.of(2008, 1, 21))).containsExactly("HOBMIL=Sam Gamgee");
    assertThat(coded(d, text, LocalDate.of(2010, 1, 10))).containsExactly("ORCHOB=Sam Gamgee");
    assertThat(coded(d, text, LocalDate.of(2012, 11, 9))).containsExactly("HOBMIL=Sam Gamgee");
    assertThat(coded(d, text, LocalDate.of(2012, 11, 10))).containsExactly("HOBGOV=Sam Gamgee");
    assertThat(coded(d, text, LocalDate.of(2013, 1, 20))).containsExactly("HOBELI=Sam Gamgee");
  }

  @Test
  void loadsEveryPhoenixDictionaryOnTopOfTheBundledFiles() throws IOException {
    Path dir = Fixtures.realFiles().orElse(null);
    assumeTrue(dir != null, "no ../shared/peer-data/petrarch2 beside this checkout");
    ActorDictionary d =
        ActorDictionary.builder()
            .addBundled()
            .addPetrarchActors(dir.resolve("Phoenix.Countries.actors.txt"))
            .addPetrarchActors(dir.resolve("Phoenix.International.actors.txt"))
            .addPetrarchActors(dir.resolve("Phoenix.MilNonState.actors.txt"))
            .addPetrarchAgents(dir.resolve("Phoenix.agents.txt"))
            .addPetrarchDiscards(dir.resolve("Phoenix.discards.txt"))
            .build();
    assertThat(d.problems())
        .extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly(
            "Phoenix.Countries.actors.txt:14190",
            "Phoenix.Countries.actors.txt:31715",
            "Phoenix.Countries.actors.txt:51384",
            "Phoenix.International.actors.txt:40",
            "Phoenix.agents.txt:544",
            "Phoenix.agents.txt:1927");
    assertThat(coded(d, "The Abu Nidal Organization threatened Iran."))
        .containsExactly("IMGMUSALQ=Abu Nidal Organization", "IRN=Iran");
  }
}
