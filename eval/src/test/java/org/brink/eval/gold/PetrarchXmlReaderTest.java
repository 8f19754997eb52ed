package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchXmlReaderTest {
  @Test
  void readsEachSentenceAsAnArticleAndEachCodingAsARequiredEventWithItsCode() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("petrarch-small.xml"));

    assertThat(set.format()).isEqualTo("petrarch-xml");
    assertThat(set.articles())
        .extracting(GoldArticle::id)
        .containsExactly("DEMO-01", "DEMO-02", "DEMO-03", "DEMO-07", "DEMO-08", "DEMO-01#2");
    GoldArticle first = set.articles().get(0);
    assertThat(first.published()).isEqualTo(LocalDate.of(2030, 1, 2));
    assertThat(first.text())
        .isEqualTo("Arnor's envoy travelled to the Gondor government on Monday.");
    assertThat(first.required())
        .containsExactly(
            new GoldEvent(
                "DEMO-01-r1",
                List.of("ARN"),
                List.of("GONGOV"),
                List.of("04"),
                List.of("042"),
                List.of(),
                null,
                null,
                false,
                "EventCoding ARN GONGOV 042"),
            new GoldEvent(
                "DEMO-01-r2",
                List.of("GONGOV"),
                List.of("ARN"),
                List.of("04"),
                List.of("043"),
                List.of(),
                null,
                null,
                false,
                "EventCoding GONGOV ARN 043"));
    assertThat(first.acceptable()).isEmpty();
    assertThat(first.forbidden()).isEmpty();
  }

  @Test
  void readsNoEventsAndExpectedErrorsAsArticlesWithoutRequiredEvents() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("petrarch-small.xml"));
    assertThat(set.articles().get(1).required()).isEmpty();
    assertThat(set.articles().get(2).required()).isEmpty();
  }

  @Test
  void readsPetrarchsUncodedActorsAsUnnamed() throws IOException {
    GoldEvent e =
        GoldReaders.read(Resources.file("petrarch-small.xml")).articles().get(3).required().get(0);
    assertThat(e.sources()).isEqualTo(Arrays.asList((String) null));
    assertThat(e.targets()).isEqualTo(Arrays.asList((String) null));
    assertThat(e.roots()).containsExactly("21");
  }

  @Test
  void namesEverySkippedOrRepairedRecordInTheNotes() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("petrarch-small.xml"));
    assertThat(set.articles().get(4).published()).isNull();
    assertThat(set.notes())
        .containsExactly(
            "Environment names dictionaries Test.verbs.txt, Test.actors.txt, More.actors.txt,"
                + " Test.agents.txt; brink eval codes the records with them when every one is"
                + " beside the gold file, else with Brink's own, which lack the actors only these"
                + " define (such as the fictional ARN, Arnor, that these records use)",
            "<Config> options are PETRARCH settings that Brink does not have; ignored:"
                + " require_dyad, stop_on_error",
            "Skipped 1 record the file leaves out of validation (sentence, valid or evaluate"
                + " \"false\"): DEMO-04",
            "Skipped 1 record marked <Skip>: DEMO-05",
            "Skipped record DEMO-06 (line 47): eventcode \"174K\" (line 48) is not a CAMEO code"
                + " (2-4 digits)",
            "Record DEMO-08 (line 57): date \"2030-01-05\" is not YYYYMMDD; read with no"
                + " publication date",
            "A PETRARCH error expected instead of events, read as an article with no events: 1"
                + " record (storydiscard: DEMO-03)",
            "PETRARCH's unknown-country (---), discard (###) and new-actor (\"TEXT\") codes, read"
                + " as an unnamed actor (null): 2 actor codes (\"THE RIVER FOLK\", ---GOV)",
            "Event codes outside CAMEO's roots 01-20, kept as required events that only a"
                + " dictionary coding outside CAMEO can match: 1 coding (212)",
            "Record id repeats an earlier one; read DEMO-01 (line 62) as DEMO-01#2");
  }

  @Test
  void readsAFileThatIsNotWellFormedRecordByRecord() throws IOException {
    GoldSet set = GoldReaders.read(Resources.file("petrarch-not-well-formed.xml"));

    assertThat(set.articles())
        .extracting(GoldArticle::id)
        .containsExactly("AFP_1", "AFP_2", "AFP_4");
    assertThat(set.articles().get(0).required().get(0).codes()).containsExactly("042");
    assertThat(set.articles().get(1).required()).isEmpty();
    assertThat(set.articles().get(2).required().get(0).targets())
        .isEqualTo(Arrays.asList((String) null));
    assertThat(set.notes())
        .containsExactly(
            "Not well-formed XML (line 17, column 3: The element type \"Sentences\" must be"
                + " terminated by the matching end-tag \"</Sentences>\".); read record by record",
            "Self-closed <Sentence .../> start tag followed by the record and </Sentence>, read as"
                + " an open tag: 3 records (AFP_1, AFP_3, AFP_4)",
            "Environment names dictionaries Test.verbs.txt, A.actors.txt, B.actors.txt; brink"
                + " eval codes the records with them when every one is beside the gold file, else"
                + " with Brink's own, which lack the actors only these define",
            "Skipped record AFP_3 (line 26): empty <Text>",
            "PETRARCH's unknown-country (---), discard (###) and new-actor (\"TEXT\") codes, read"
                + " as an unnamed actor (null): 1 actor code (---)");
  }

  @Test
  void rejectsAFileWithNoReadableRecordNamingLineAndColumn() {
    Path file = Resources.file("petrarch-broken.xml");
    assertThatThrownBy(() -> GoldReaders.read(file))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            file
                + ":5:3: not well-formed XML: The element type \"Text\" must be terminated by the"
                + " matching end-tag \"</Text>\".");
  }

  @Test
  void rejectsXmlWithoutSentenceRecords() {
    assertThatThrownBy(
            () -> GoldReaders.parse(Path.of("x.xml"), "<Validation><Sentences/></Validation>"))
        .hasMessage(
            "x.xml: no <Sentence> records; PETRARCH validation files hold <Sentence> elements with"
                + " <Text> and <EventCoding>");
  }

  @Test
  void neverResolvesExternalEntities() {
    String xml =
        "<!DOCTYPE Validation [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
            + "<Validation><Sentences>\n"
            + "<Sentence date=\"20300101\" id=\"X-1\"><Text>Leak &secret; here</Text></Sentence>\n"
            + "</Sentences></Validation>";
    assertThatThrownBy(() -> GoldReaders.parse(Path.of("x.xml"), xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("x.xml:3:")
        .hasMessageContaining("\"secret\"");
  }

  @Test
  void rejectsARecordWhoseCodingHasNoEventCodeNorNoEvents() {
    String xml =
        "<Validation><Sentences>\n"
            + "<Sentence date=\"20300101\" id=\"X-1\"><EventCoding sourcecode=\"ARN\"/>"
            + "<Text>Arnor.</Text></Sentence>\n"
            + "<Sentence date=\"20300101\" id=\"X-2\"><Text>Gondor.</Text></Sentence>\n"
            + "</Sentences></Validation>";
    GoldSet set = GoldReaders.parse(Path.of("x.xml"), xml);
    assertThat(set.articles()).extracting(GoldArticle::id).containsExactly("X-2");
    assertThat(set.notes())
        .containsExactly(
            "Skipped record X-1 (line 2): EventCoding at line 2 has no eventcode, noevents or"
                + " error attribute");
  }
}
