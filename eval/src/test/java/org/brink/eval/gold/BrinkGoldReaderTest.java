package org.brink.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrinkGoldReaderTest {
  private static final Path FILE = Path.of("gold.json");

  @Test
  void readsEveryFieldOfASmallFile() throws IOException {
    Path file = Resources.file("brink-small.json");
    GoldSet set = GoldReaders.read(file);

    assertThat(set.name()).isEqualTo("brink-small");
    assertThat(set.format()).isEqualTo("brink");
    assertThat(set.source()).isEqualTo(file);
    assertThat(set.notes()).isEmpty();
    assertThat(set.articles())
        .extracting(GoldArticle::id)
        .containsExactly("t-001", "t-002", "t-003");

    GoldArticle first = set.articles().get(0);
    assertThat(first.published()).isEqualTo(LocalDate.of(2030, 3, 4));
    assertThat(first.text()).startsWith("Freedonian troops shelled");
    assertThat(first.required())
        .containsExactly(
            new GoldEvent(
                "t-001-r1",
                List.of("FRE"),
                List.of("SYL"),
                List.of("19", "18"),
                List.of("194", "190"),
                List.of(),
                LocalDate.of(2030, 3, 4),
                null,
                false,
                "troops shelled"));
    assertThat(first.acceptable()).extracting(GoldEvent::id).containsExactly("t-001-a1");
    assertThat(first.forbidden()).extracting(GoldEvent::id).containsExactly("t-001-f1");
    assertThat(first.quotes())
        .containsExactly(new GoldQuote("defence ministry", "We will answer this", false));

    GoldArticle second = set.articles().get(1);
    assertThat(second.published()).isNull();
    GoldEvent unnamed = second.required().get(0);
    assertThat(unnamed.sources()).isEqualTo(Arrays.asList(null, "FREREB"));
    assertThat(unnamed.hard()).isTrue();
    GoldEvent notYet = second.forbidden().get(0);
    assertThat(notYet.id()).isEqualTo("t-002-no-talks");
    assertThat(notYet.dateOnOrAfter()).isEqualTo(LocalDate.of(2030, 3, 10));

    assertThat(set.articles().get(2).required()).isEmpty();
  }

  @Test
  void rejectsTheMalformedFileNamingFileLineArticleAndField() {
    Path file = Resources.file("brink-malformed.json");
    assertThatThrownBy(() -> GoldReaders.read(file))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            file
                + ":10: article \"m-002\": required[0].roots[1]: \"1\" is not a CAMEO root; roots"
                + " are two digits, \"01\" to \"20\"");
  }

  @Test
  void reportsAJsonSyntaxErrorWithLineAndColumn() {
    assertThatThrownBy(() -> GoldReaders.parse(FILE, "{\"articles\": [\n  {\"id\": \"a\",}\n]}"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage(
            "gold.json:2:14: not valid JSON: Unexpected character ('}' (code 125)): was expecting"
                + " double-quote to start field name");
  }

  @Test
  void rejectsAnUnknownArticleFieldListingTheKnownOnes() {
    assertThatThrownBy(() -> read("\"id\": \"a\", \"text\": \"T\", \"requried\": []"))
        .hasMessage(
            "gold.json:2: article \"a\": unknown field \"requried\"; articles have id, published,"
                + " text, required, acceptable, forbidden, quotes, boilerplate");
  }

  @Test
  void rejectsAnUnknownEntryField() {
    assertThatThrownBy(
            () -> read(article("\"source\": [\"USA\"], \"target\": [\"IRN\"], \"root\": [\"19\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0]: unknown field \"root\"; entries have id,"
                + " source, target, roots, codes, date, date_on_or_after, note, hard");
  }

  @Test
  void rejectsAnArticleWithoutAnId() {
    assertThatThrownBy(() -> read("\"text\": \"T\""))
        .hasMessage("gold.json:2: articles[0]: id: missing; every article needs an id");
  }

  @Test
  void rejectsAnArticleWithoutText() {
    assertThatThrownBy(() -> read("\"id\": \"a\", \"text\": \" \""))
        .hasMessage("gold.json:2: article \"a\": text: expected a non-empty string, found \" \"");
  }

  @Test
  void rejectsTheSameArticleIdTwice() {
    assertThatThrownBy(
            () ->
                GoldReaders.parse(
                    FILE,
                    "{\"articles\": [\n{\"id\": \"a\", \"text\": \"T\"},\n{\"id\": \"a\", \"text\":"
                        + " \"U\"}]}"))
        .hasMessage("gold.json:3: article \"a\": id: repeats the id of the article at line 2");
  }

  @Test
  void rejectsARequiredEntryWithoutAnId() {
    assertThatThrownBy(
            () ->
                read(
                    "\"id\": \"a\", \"text\": \"T\", \"required\": [{\"source\": [\"USA\"],"
                        + " \"target\": [\"IRN\"], \"roots\": [\"19\"]}]"))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].id: missing; required entries need an id such"
                + " as \"a-r1\"");
  }

  @Test
  void rejectsAnEntryIdUsedTwice() {
    String entry =
        "{\"id\": \"x\", \"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"19\"]}";
    assertThatThrownBy(
            () ->
                read(
                    "\"id\": \"a\", \"text\": \"T\", \"required\": [" + entry + ", " + entry + "]"))
        .hasMessage(
            "gold.json:2: article \"a\": required[1].id: \"x\" is already used in article \"a\"");
  }

  @Test
  void rejectsAnEmptySourceList() {
    assertThatThrownBy(
            () -> read(article("\"source\": [], \"target\": [\"IRN\"], \"roots\": [\"19\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].source: empty; list at least one actor code,"
                + " or null for an unnamed actor");
  }

  @Test
  void rejectsALowerCaseActorCode() {
    assertThatThrownBy(
            () ->
                read(
                    article(
                        "\"source\": [\"USA\"], \"target\": [null, \"irn\"], \"roots\": [\"19\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].target[1]: \"irn\" is not an actor code; codes"
                + " are upper-case letters, at least three, such as \"USA\" or \"USAGOV\"");
  }

  @Test
  void rejectsARootOutsideCameo() {
    assertThatThrownBy(
            () ->
                read(article("\"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"21\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].roots[0]: \"21\" is not a CAMEO root; roots"
                + " are two digits, \"01\" to \"20\"");
  }

  @Test
  void rejectsACodeUnderARootTheEntryDoesNotList() {
    assertThatThrownBy(
            () ->
                read(
                    article(
                        "\"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"19\"],"
                            + " \"codes\": [\"0256\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].codes[0]: \"0256\" is under root \"02\", which"
                + " roots does not list");
  }

  @Test
  void rejectsACodeThatIsNotDigits() {
    assertThatThrownBy(
            () ->
                read(
                    article(
                        "\"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"19\"],"
                            + " \"codes\": [\"19a\"]")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].codes[0]: \"19a\" is not a CAMEO code; codes"
                + " are 2-4 digits with the leading zero, such as \"0256\"");
  }

  @Test
  void rejectsADateThatIsNotADay() {
    assertThatThrownBy(
            () ->
                read(
                    article(
                        "\"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"19\"],"
                            + " \"date\": \"2026-02-30\"")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].date: \"2026-02-30\" is not a date; write"
                + " YYYY-MM-DD");
  }

  @Test
  void rejectsHardThatIsNotABoolean() {
    assertThatThrownBy(
            () ->
                read(
                    article(
                        "\"source\": [\"USA\"], \"target\": [\"IRN\"], \"roots\": [\"19\"],"
                            + " \"hard\": \"yes\"")))
        .hasMessage(
            "gold.json:2: article \"a\": required[0].hard: expected true or false, found \"yes\"");
  }

  @Test
  void rejectsAQuoteWhosePhraseIsNotInTheText() {
    assertThatThrownBy(
            () ->
                read(
                    "\"id\": \"a\", \"text\": \"He said: 'we stay'.\", \"quotes\": [{\"speaker\":"
                        + " \"He\", \"contains\": \"we go\"}]"))
        .hasMessage(
            "gold.json:2: article \"a\": quotes[0].contains: \"we go\" does not occur in the"
                + " article text; copy it exactly");
  }

  @Test
  void rejectsAnUnknownTopLevelField() {
    assertThatThrownBy(() -> GoldReaders.parse(FILE, "{\"articles\": [],\n \"version\": 2}"))
        .hasMessage(
            "gold.json:2: unknown field \"version\"; the top level has about, selection, articles");
  }

  private static String article(String entry) {
    return "\"id\": \"a\", \"text\": \"T\", \"required\": [{\"id\": \"a-r1\", " + entry + "}]";
  }

  private static GoldSet read(String articleFields) {
    return GoldReaders.parse(FILE, "{\"articles\": [\n{" + articleFields + "}]}");
  }
}
