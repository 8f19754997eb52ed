package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryParseTest {
  private static ActorDictionary parse(String text) {
    return ActorDictionary.parse(List.of(new NamedSource("t.txt", text)));
  }

  private static String problemIn(String text) {
    try {
      parse(text);
    } catch (ActorDictionaryException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("no problem found in:\n" + text);
  }

  @Test
  void readsEntriesWithCommentsAndBlankLines() {
    ActorDictionary d =
        parse(
            "# a comment\n\n[country IRN] Iran   # trailing comment\n"
                + "  names: Islamic Republic of Iran\n"
                + "  adjectives: Iranian | Iranians\n"
                + "  capitals: Tehran\n"
                + "  seat: the Revolutionary Guards | IRGC -> IRNMIL\n");
    assertThat(d.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.COUNTRY);
              assertThat(e.code()).isEqualTo("IRN");
              assertThat(e.label()).isEqualTo("Iran");
              assertThat(e.location()).isEqualTo("t.txt:3");
            });
  }

  @Test
  void sortsRolesByTheirFirstDay() {
    ActorDictionary d =
        parse(
            "[person] Jane Roe\n"
                + "  role: USAGOV 2025-01-20..\n"
                + "  role: USALEG 2019-01-03..2025-01-20\n");
    Entry jane = d.entries().get(0);
    assertThat(jane.roles()).extracting(Role::code).containsExactly("USALEG", "USAGOV");
    assertThat(jane.codeAt(LocalDate.of(2020, 1, 1))).isEqualTo("USALEG");
    assertThat(jane.codeAt(null)).isEqualTo("USAGOV");
    assertThat(jane.codeAt(LocalDate.of(2018, 1, 1))).isNull();
  }

  @Test
  void rejectsAnUnknownEntryKind() {
    assertThat(problemIn("[nation IRN] Iran\n"))
        .isEqualTo(
            "t.txt:1: unknown entry kind: 'nation'; use one of country, igo, group, person, agent,"
                + " ignore");
  }

  @Test
  void rejectsACountryCodeThatIsNotThreeCapitals() {
    assertThat(problemIn("[country Ir] Iran\n"))
        .isEqualTo(
            "t.txt:1: bad country code: 'Ir'; a country code is three capital letters, e.g. IRN");
  }

  @Test
  void rejectsAnEntryWithoutItsCode() {
    assertThat(problemIn("[group] Hamas\n"))
        .isEqualTo(
            "t.txt:1: group entry without a code: '[group] Hamas'; write '[group CODE] Hamas'");
  }

  @Test
  void rejectsAPersonWithACodeInTheHeader() {
    assertThat(problemIn("[person USAGOV] Jane Roe\n"))
        .isEqualTo(
            "t.txt:1: person entry with a code: 'USAGOV'; a person's codes come from role: and"
                + " otherwise: lines; write '[person] Jane Roe'");
  }

  @Test
  void rejectsACountryRoleThatIsNoCountryCode() {
    assertThat(problemIn("[country SSD] South Sudan\n  role: SDNGOV ..2011-07-09\n"))
        .isEqualTo(
            "t.txt:2: bad role code: 'SDNGOV'; a country's role is the state it belonged to then, a"
                + " three-letter code: 'role: SDN ..2011-07-09'");
  }

  @Test
  void rejectsAKeyTheKindDoesNotHave() {
    assertThat(problemIn("[country IRN] Iran\n  adjective: Iranian\n"))
        .isEqualTo(
            "t.txt:2: unknown key for country: 'adjective'; valid keys: names, adjectives,"
                + " capitals, seat, role");
  }

  @Test
  void rejectsAFieldBeforeAnyEntry() {
    assertThat(problemIn("  names: Iran\n"))
        .isEqualTo(
            "t.txt:1: field outside an entry: 'names:'; start an entry with a '[kind CODE] Name'"
                + " line first");
  }

  @Test
  void rejectsALineItCannotRead() {
    assertThat(problemIn("[country IRN] Iran\nnames Iranian\n"))
        .isEqualTo(
            "t.txt:2: cannot read line: 'names Iranian'; an entry starts with '[kind CODE] Name' at"
                + " the start of a line; its fields are indented 'key: value' lines");
  }

  @Test
  void rejectsAnEmptyNameInAList() {
    assertThat(problemIn("[country IRN] Iran\n  adjectives: Iranian || Iranians\n"))
        .isEqualTo("t.txt:2: empty name in list: 'Iranian || Iranians'; remove the extra '|'");
  }

  @Test
  void rejectsAPhraseListedTwiceAcrossFiles() {
    assertThatThrownBy(
            () ->
                ActorDictionary.parse(
                    List.of(
                        new NamedSource("a.txt", "[country COD] Congo\n"),
                        new NamedSource(
                            "b.txt", "[country COG] Republic of the Congo\n  names: Congo\n"))))
        .isInstanceOf(ActorDictionaryException.class)
        .hasMessage(
            "b.txt:2: phrase listed twice: 'Congo'; it is already listed at a.txt:1; each phrase"
                + " may be listed once (a leading 'the' is optional, so 'the X' lists 'X' too)");
  }

  @Test
  void treatsALeadingTheAsOptionalWhenCheckingForDuplicates() {
    assertThat(problemIn("[country BHS] the Bahamas\n  names: Bahamas\n"))
        .isEqualTo(
            "t.txt:2: phrase listed twice: 'Bahamas'; it is already listed at t.txt:1; each phrase"
                + " may be listed once (a leading 'the' is optional, so 'the X' lists 'X' too)");
  }

  @Test
  void treatsAccentsAndCaseAlikeWhenCheckingForDuplicates() {
    assertThat(problemIn("[country TUR] Türkiye\n  names: turkiye\n"))
        .startsWith("t.txt:2: phrase listed twice: 'turkiye'; it is already listed at t.txt:1;");
  }

  @Test
  void rejectsABadDateInARole() {
    assertThat(problemIn("[person] Jane Roe\n  role: USAGOV 2021-13-01..\n"))
        .isEqualTo("t.txt:2: bad date in role: '2021-13-01'; write YYYY-MM-DD");
  }

  @Test
  void rejectsARoleThatEndsBeforeItStarts() {
    assertThat(problemIn("[person] Jane Roe\n  role: USAGOV 2025-01-20..2021-01-20\n"))
        .isEqualTo(
            "t.txt:2: role ends before it starts: 'USAGOV 2025-01-20..2021-01-20'; the end date is"
                + " the first day the role no longer applies");
  }

  @Test
  void rejectsOverlappingRoles() {
    assertThat(
            problemIn(
                "[person] Jane Roe\n"
                    + "  role: USAGOV 2021-01-20..2025-01-20\n"
                    + "  role: USALEG 2024-01-03..\n"))
        .isEqualTo(
            "t.txt:3: role overlaps another: 'USALEG 2024-01-03..'; the role at t.txt:2 covers some"
                + " of the same days");
  }

  @Test
  void acceptsRolesThatMeetOnOneDay() {
    ActorDictionary d =
        parse(
            "[person] Jane Roe\n"
                + "  role: USAGOV 2021-01-20..2025-01-20\n"
                + "  role: USALEG 2025-01-20..\n");
    assertThat(d.entries().get(0).codeAt(LocalDate.of(2025, 1, 20))).isEqualTo("USALEG");
  }

  @Test
  void rejectsARoleWithoutDates() {
    assertThat(problemIn("[person] Jane Roe\n  role: USAGOV ..\n"))
        .isEqualTo(
            "t.txt:2: role without dates: 'USAGOV ..'; use 'otherwise: USAGOV' for a code that"
                + " always applies");
  }

  @Test
  void rejectsARoleItCannotRead() {
    assertThat(problemIn("[person] Jane Roe\n  role: USAGOV since 2021\n"))
        .isEqualTo(
            "t.txt:2: cannot read role: 'USAGOV since 2021'; write 'role: CODE FROM..UNTIL', e.g."
                + " 'role: USAGOV 2021-01-26..2025-01-20'");
  }

  @Test
  void rejectsAPersonWithoutAnyCode() {
    assertThat(problemIn("[person] Jane Roe\n  names: Roe\n"))
        .isEqualTo(
            "t.txt:1: person without a code: 'Jane Roe'; add a 'role: CODE FROM..UNTIL' line or an"
                + " 'otherwise: CODE' line");
  }

  @Test
  void rejectsASeatOfAnotherCountry() {
    assertThat(problemIn("[country USA] the United States\n  seat: the Kremlin -> RUSGOV\n"))
        .isEqualTo(
            "t.txt:2: bad seat code: 'RUSGOV'; a seat's code is the country's code and sectors,"
                + " e.g. USAGOV");
  }

  @Test
  void rejectsASeatWithoutACode() {
    assertThat(problemIn("[country USA] the United States\n  seat: the White House\n"))
        .isEqualTo(
            "t.txt:2: seat without a code: 'the White House'; write 'seat: the White House | the"
                + " Oval Office -> USAGOV'");
  }

  @Test
  void reportsEveryProblemInEveryFileTogether() {
    assertThatThrownBy(
            () ->
                ActorDictionary.parse(
                    List.of(
                        new NamedSource(
                            "a.txt", "[nation X] X\n[country IRN] Iran\n  adjective: Iranian\n"),
                        new NamedSource("b.txt", "[person] Jane Roe\n"))))
        .isInstanceOfSatisfying(
            ActorDictionaryException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "a.txt:1: unknown entry kind: 'nation'; use one of country, igo, group,"
                            + " person, agent, ignore",
                        "a.txt:3: unknown key for country: 'adjective'; valid keys: names,"
                            + " adjectives, capitals, seat, role",
                        "b.txt:1: person without a code: 'Jane Roe'; add a 'role: CODE FROM..UNTIL'"
                            + " line or an 'otherwise: CODE' line"))
        .hasMessageContaining("\n");
  }

  @Test
  void givesTheSameFingerprintForTheSameFiles() {
    String text = "[country IRN] Iran\n";
    assertThat(parse(text).fingerprint())
        .isEqualTo(parse(text).fingerprint())
        .isNotEqualTo(parse(text + "  adjectives: Iranian\n").fingerprint())
        .hasSize(64);
  }
}
