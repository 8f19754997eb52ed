package org.brink.coding.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryReaderTest {
  private static PetrarchDictionaryReader.Result<PetrarchActor> actors(String fixture) {
    return PetrarchDictionaryReader.readActors(fixture, Fixtures.text(fixture));
  }

  private static PetrarchActor actor(String fixture, String firstName) {
    return actors(fixture).entries().stream()
        .filter(a -> a.names().get(0).text().equals(firstName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + firstName + " in " + fixture));
  }

  private static List<String> names(PetrarchActor a) {
    return a.names().stream().map(n -> n.text() + "@" + n.location()).toList();
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void readsARootNameWithItsSynonymsAndCode() {
    PetrarchActor kessaria = actor("synonyms.actors.txt", "KESSARIA");
    assertThat(names(kessaria))
        .containsExactly(
            "KESSARIA@synonyms.actors.txt:4",
            "KESSARIAN@synonyms.actors.txt:5",
            "REPUBLIC OF KESSARIA@synonyms.actors.txt:6",
            "PORT ELSMERE@synonyms.actors.txt:7");
    assertThat(kessaria.code()).isEqualTo("KSR");
    assertThat(kessaria.roles()).isEmpty();
    assertThat(kessaria.location()).isEqualTo("synonyms.actors.txt:4");
  }

  @Test
  void letsRootNamesWithoutACodeShareTheCodesOfTheNamesAfterThem() {
    PetrarchActor front = actor("synonyms.actors.txt", "NORTHERN FRONT");
    assertThat(names(front))
        .containsExactly(
            "NORTHERN FRONT@synonyms.actors.txt:12",
            "NORTHERN FRONT FOR LIBERATION@synonyms.actors.txt:13",
            "NFL@synonyms.actors.txt:14");
    assertThat(front.code()).isEqualTo("KSRREB");
  }

  @Test
  void readsEveryActorOfAFileAndSkipsItsComments() {
    PetrarchDictionaryReader.Result<PetrarchActor> r = actors("synonyms.actors.txt");
    assertThat(r.entries())
        .extracting(a -> a.names().get(0).text() + "=" + a.code())
        .containsExactly(
            "KESSARIA=KSR",
            "TERRABAY=TRB",
            "NORTHERN FRONT=KSRREB",
            "THE LEAGUE OF EIGHT ( LOE )=IGOLOE",
            "BAY WATCH COMMITTEE=null");
    assertThat(r.problems()).isEmpty();
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void turnsUnderscoresIntoSpacesAndSetsParenthesesApart() {
    assertThat(Names.of("ISLAMIC_ARMY_OF_ADEN_(IAA)_")).isEqualTo("ISLAMIC ARMY OF ADEN ( IAA )");
    assertThat(Names.of("VIRGILIO_ FONTES_PEREIRA_")).isEqualTo("VIRGILIO FONTES PEREIRA");
  }

  @Test
  void readsAPersonWhoseCodeChangesOnADay() {
    PetrarchActor marta = actor("dated.actors.txt", "MARTA VELLINGER");
    // [KSRELI <20150310] includes the 10th; [KSRGOV 20150311-20230531] includes both ends
    assertThat(marta.roles())
        .containsExactly(
            new DatedCode("KSRELI", null, day(2015, 3, 11), "dated.actors.txt:6"),
            new DatedCode("KSRGOV", day(2015, 3, 11), day(2023, 6, 1), "dated.actors.txt:7"));
    assertThat(marta.code()).isEqualTo("KSRELI");
  }

  @Test
  void letsTheFirstDatedCodeWinWhereTwoOverlap() {
    PetrarchActor oskar = actor("dated.actors.txt", "OSKAR TREMBLAY");
    assertThat(oskar.roles())
        .containsExactly(
            new DatedCode("TRBGOV", day(2010, 1, 1), day(2011, 1, 1), "dated.actors.txt:11"),
            new DatedCode("TRBMIL", day(2011, 1, 1), day(2011, 1, 16), "dated.actors.txt:12"),
            new DatedCode("TRBREB", day(2020, 1, 1), null, "dated.actors.txt:13"));
    assertThat(oskar.code()).isEqualTo("TRBOPP");
  }

  @Test
  void keepsTheDaysOfANullCodeUncoded() {
    PetrarchActor kovac = actor("dated.actors.txt", "ADMIRAL KOVAC");
    assertThat(kovac.roles())
        .containsExactly(new DatedCode("KSRMIL", day(2005, 1, 2), null, "dated.actors.txt:17"));
    assertThat(kovac.code()).isNull();
  }

  @Test
  void readsDatedCodesOnTheNameLine() {
    PetrarchActor ida = actor("dated.actors.txt", "IDA LANGE");
    assertThat(ida.roles())
        .containsExactly(
            new DatedCode("KSRGOV", day(1999, 1, 1), day(2004, 1, 1), "dated.actors.txt:19"));
    assertThat(ida.code()).isEqualTo("KSRELI");
  }

  @Test
  void readsSixDigitDatesAsTabariDoes() throws PetrarchDate.BadDate {
    assertThat(PetrarchDate.parse("300101").date()).isEqualTo(day(2030, 1, 1));
    assertThat(PetrarchDate.parse("310101").date()).isEqualTo(day(1931, 1, 1));
    assertThat(PetrarchDate.parse("18970101").date()).isEqualTo(day(1897, 1, 1));
  }

  @Test
  void readsAgentsWithTheirPluralsAndCodes() {
    PetrarchDictionaryReader.Result<PetrarchAgent> r =
        PetrarchDictionaryReader.readAgents("agents.txt", Fixtures.text("agents.txt"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.entries())
        .extracting(
            a ->
                a.names().stream().map(PetrarchName::text).toList()
                    + (a.prefix() ? " " + a.code() + "~" : " ~" + a.code()))
        .containsExactly(
            "[CABINET MINISTRY, CABINET MINISTRIES] ~GOV",
            "[HARBOUR POLICE] ~COP",
            "[COAST GUARDSMAN, COAST GUARDSMEN] ~MIL",
            "[LIGHTHOUSEMAN, LIGHTHOUSEMEN, LIGHTHOUSEWOMAN, LIGHTHOUSEWOMEN] ~CVL",
            "[RELIEF MISSION, RELIEF MISSIONS] NGO~");
    assertThat(r.entries().get(0).location()).isEqualTo("agents.txt:5");
  }

  @Test
  void makesEnglishPlurals() {
    assertThat(AgentFileReader.plural("FOREIGN_MINISTRY")).isEqualTo("FOREIGN_MINISTRIES");
    assertThat(AgentFileReader.plural("ATTORNEY")).isEqualTo("ATTORNEYS");
    assertThat(AgentFileReader.plural("CONGRESS")).isEqualTo("CONGRESSES");
    assertThat(AgentFileReader.plural("church")).isEqualTo("churches");
    assertThat(AgentFileReader.plural("SOLDIER")).isEqualTo("SOLDIERS");
  }

  @Test
  void readsDiscardsForSentencesAndStories() {
    PetrarchDictionaryReader.Result<PetrarchDiscard> r =
        PetrarchDictionaryReader.readDiscards("discards.txt", Fixtures.text("discards.txt"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.entries())
        .containsExactly(
            new PetrarchDiscard(new PetrarchName("KESSARIA GRAND PRIX", "discards.txt:3"), true),
            new PetrarchDiscard(new PetrarchName("KESSARIA OPEN", "discards.txt:4"), false));
  }

  @Test
  void reportsEachMalformedActorLineAndReadsTheRest() {
    PetrarchDictionaryReader.Result<PetrarchActor> r = actors("malformed.actors.txt");
    assertThat(r.problems())
        .containsExactly(
            "malformed.actors.txt:2: synonym before any actor name: '+ORPHAN_SYNONYM'; start the"
                + " file with a root name line",
            "malformed.actors.txt:4: date without '<', '>' or '-': '[KSRGOV 20200101]'; write"
                + " [CODE <DATE] (up to the day), [CODE >DATE] (from the day) or [CODE"
                + " DATE-DATE]",
            "malformed.actors.txt:5: bad date: '[KSRGOV 20201301-20210101]'; '20201301' is no"
                + " day of the calendar; write YYYYMMDD or YYMMDD",
            "malformed.actors.txt:6: date range ends before it starts: '[KSRGOV"
                + " 20211231-20210101]'; it reads as 2021-12-31 to 2021-01-01 (a date of 6 or 7"
                + " digits is YYMMDD, of 8 or more YYYYMMDD)",
            "malformed.actors.txt:7: bad date: '[KSRGOV <2021]'; '2021' has fewer than 6 digits;"
                + " write YYYYMMDD or YYMMDD",
            "malformed.actors.txt:8: code not closed with ']': '[KSRGOV'; write [CODE], [CODE"
                + " <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]",
            "malformed.actors.txt:10: code is not letters and digits: 'TERRABAY [TRB$]'; a code"
                + " is letters and digits, e.g. [USAGOV], or --- for none; the name and the"
                + " synonyms and codes after it are skipped",
            "malformed.actors.txt:15: actor without a code: 'LONELY_NAME'; add a [CODE] line"
                + " after the name; its names are skipped");
    assertThat(r.entries())
        .extracting(a -> a.names().stream().map(PetrarchName::text).toList() + "=" + a.code())
        .containsExactly("[KESSARIA, KESSARIAN]=KSR", "[VALDORN, VALDORNESE]=VLD");
    assertThat(r.entries().get(0).roles()).isEmpty();
  }

  @Test
  void refusesASubstitutionSetThatNamesAMarkerInsteadOfRecursingWithoutEnd() {
    // found by PetrarchActorsFuzzTest: a set whose member holds its own marker overflowed the stack
    PetrarchDictionaryReader.Result<PetrarchAgent> r =
        PetrarchDictionaryReader.readAgents(
            "loop.agents.txt", "!CREW! = SAILOR, DECK!CREW!\nDOCK!CREW! [~LAB]\nHARBOUR_PILOT [~MIL]\n");
    assertThat(r.problems())
        .first()
        .isEqualTo(
            "loop.agents.txt:1: substitution set member 'DECK!CREW!' holds a '!':"
                + " '!CREW! = SAILOR, DECK!CREW!'; members are plain words, not markers");
    assertThat(r.entries())
        .extracting(a -> a.names().get(0).text())
        .contains("HARBOUR PILOT");
  }

  @Test
  void reportsEachMalformedAgentLineAndReadsTheRest() {
    PetrarchDictionaryReader.Result<PetrarchAgent> r =
        PetrarchDictionaryReader.readAgents(
            "malformed.agents.txt", Fixtures.text("malformed.agents.txt"));
    assertThat(r.problems())
        .containsExactly(
            "malformed.agents.txt:2: cannot read substitution set: '!CREW = SAILOR, SAILORS';"
                + " write '!NAME! = WORD, WORD, WORD'",
            "malformed.agents.txt:3: agent without a code: 'HARBOUR_MASTER'; write"
                + " 'NOUN_PHRASE [~CODE]', e.g. 'FOREIGN_MINISTER [~GOV]'",
            "malformed.agents.txt:4: code not closed with ']': 'HARBOUR_PILOT [~MIL}'; write"
                + " 'NOUN_PHRASE [~CODE]', e.g. 'FOREIGN_MINISTER [~GOV]'",
            "malformed.agents.txt:5: substitution set !CREW! is not defined: 'DOCK!CREW!"
                + " [~LAB]'; define it before its first use: '!CREW! = WORD, WORD'",
            "malformed.agents.txt:6: agent code without one '~': 'FERRY_CAPTAIN [GOV]'; write"
                + " [~CODE] to append CODE to the country's code, [CODE~] to put it before");
    assertThat(r.entries())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.names())
                    .extracting(PetrarchName::text)
                    .containsExactly("LIGHTHOUSE KEEPER", "LIGHTHOUSE KEEPERS"));
  }

  @Test
  void reportsADiscardWithoutAPhrase() {
    PetrarchDictionaryReader.Result<PetrarchDiscard> r =
        PetrarchDictionaryReader.readDiscards("d.txt", "+\nKESSARIA OPEN\n");
    assertThat(r.problems())
        .containsExactly(
            "d.txt:1: discard without a phrase: '+'; write the phrase, with '+' before it to"
                + " discard the whole story");
    assertThat(r.entries()).hasSize(1);
  }

  @Test
  void skipsCommentsOverSeveralLines() {
    PetrarchDictionaryReader.Result<PetrarchActor> r =
        PetrarchDictionaryReader.readActors(
            "c.txt",
            "<!-- a comment\nGONE [XXX]\n-->\nKEPT [KPT] <!-- inline --> # trailing\n"
                + "<! -- TABARI's spacing -->\n");
    assertThat(r.entries()).extracting(a -> a.names().get(0).text()).containsExactly("KEPT");
    assertThat(r.entries().get(0).code()).isEqualTo("KPT");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void notesCodesReadAnotherWay() {
    PetrarchDictionaryReader.Result<PetrarchActor> r =
        PetrarchDictionaryReader.readActors(
            "n.txt",
            "LOWER [ksr]\nTWO [ELR/GAL]\nSPECIAL [+++]\nLONG\n\t[KSRGOV >201005011]\n"
                + "FIRM [MNC] Shipping $25,000,000\n+ONE_ +TWO_\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.notes())
        .containsExactly(
            "n.txt:1: code in lower case read as KSR: 'LOWER [ksr]'",
            "n.txt:2: several codes for one actor: an event with it is coded once for each of"
                + " ELR, GAL: 'TWO [ELR/GAL]'",
            "n.txt:3: TABARI's special code +++ is read as no code: 'SPECIAL [+++]'; the names"
                + " are matched but give no actor, like [---]",
            "n.txt:5: date 201005011 read as 2010-05-01, ignoring the extra digits: '[KSRGOV"
                + " >201005011]'; PETRARCH reads a date of 6 or 7 digits as YYMMDD, of 8 or more"
                + " as YYYYMMDD",
            "n.txt:6: text after the codes is ignored: 'FIRM [MNC] Shipping $25,000,000'; only"
                + " codes in brackets follow a name",
            "n.txt:7: names joined on one line: '+ONE_ +TWO_'; read as 2 names");
    assertThat(r.entries())
        .extracting(a -> a.names().stream().map(PetrarchName::text).toList() + "=" + a.code())
        .containsExactly(
            "[LOWER]=KSR", "[TWO]=ELR/GAL", "[SPECIAL]=null", "[LONG]=null", "[FIRM, ONE, TWO]=MNC");
  }
}
