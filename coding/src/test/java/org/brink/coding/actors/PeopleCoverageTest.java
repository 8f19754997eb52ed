package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage of people.txt: the states of the G20 and the states at war 2020-2026 have a head of
 * state or government for the dates of the news, and offices change hands on the right day.
 */
class PeopleCoverageTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();
  private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);

  /** A state and a day on which some person in people.txt holds its top office by a dated role. */
  private record StateOnDay(String iso, LocalDate day) {}

  private static StateOnDay on(String iso, String day) {
    return new StateOnDay(iso, LocalDate.parse(day));
  }

  /**
   * The G20 states, both sides of a head-of-government change where one happened in 2020-2026.
   */
  private static final List<StateOnDay> G20 =
      List.of(
          on("ARG", "2021-06-01"), on("ARG", "2024-06-01"),
          on("AUS", "2020-06-01"), on("AUS", "2023-06-01"),
          on("BRA", "2021-06-01"), on("BRA", "2024-06-01"),
          on("CAN", "2022-01-01"), on("CAN", "2025-06-01"),
          on("CHN", "2022-01-01"), on("CHN", "2025-06-01"),
          on("FRA", "2020-06-01"), on("FRA", "2025-06-01"),
          on("DEU", "2021-06-01"), on("DEU", "2025-06-01"),
          on("IND", "2020-06-01"), on("IND", "2025-05-07"),
          on("IDN", "2022-01-01"), on("IDN", "2025-01-01"),
          on("ITA", "2020-06-01"), on("ITA", "2021-06-01"), on("ITA", "2024-01-01"),
          on("JPN", "2021-01-01"), on("JPN", "2022-01-01"), on("JPN", "2025-01-01"),
          on("MEX", "2022-01-01"), on("MEX", "2025-01-01"),
          on("RUS", "2022-02-24"), on("SAU", "2023-01-01"),
          on("ZAF", "2022-01-01"),
          on("KOR", "2021-01-01"), on("KOR", "2023-01-01"), on("KOR", "2025-07-01"),
          on("TUR", "2023-01-01"),
          on("GBR", "2022-10-01"), on("GBR", "2025-01-01"),
          on("USA", "2020-06-01"), on("USA", "2023-06-01"), on("USA", "2025-06-01"));

  /** States at war or in armed conflict 2020-2026, before and after their changes of power. */
  private static final List<StateOnDay> AT_WAR =
      List.of(
          on("UKR", "2022-03-01"), on("ISR", "2024-01-01"), on("IRN", "2025-06-13"),
          on("PAK", "2025-05-07"), on("PSE", "2022-01-01"), on("PSE", "2024-06-01"),
          on("ETH", "2021-06-01"), on("SDN", "2020-06-01"), on("SSD", "2022-01-01"),
          on("MMR", "2020-06-01"), on("MMR", "2022-01-01"),
          on("ARM", "2020-10-01"), on("AZE", "2020-10-01"),
          on("YEM", "2021-01-01"), on("YEM", "2023-01-01"),
          on("SYR", "2020-06-01"), on("SYR", "2025-06-01"),
          on("AFG", "2020-06-01"), on("AFG", "2022-01-01"),
          on("COD", "2023-01-01"),
          on("SOM", "2021-01-01"), on("SOM", "2023-01-01"),
          on("MLI", "2020-06-01"), on("MLI", "2021-01-01"), on("MLI", "2022-01-01"),
          on("BFA", "2021-06-01"), on("BFA", "2022-06-01"), on("BFA", "2023-06-01"),
          on("NER", "2022-01-01"), on("NER", "2024-01-01"),
          on("LBY", "2022-01-01"),
          on("IRQ", "2021-01-01"), on("IRQ", "2024-01-01"),
          on("LBN", "2020-06-01"), on("LBN", "2023-06-01"), on("LBN", "2025-06-01"),
          on("COL", "2021-01-01"), on("COL", "2023-01-01"),
          on("VEN", "2022-01-01"),
          on("HTI", "2020-06-01"), on("HTI", "2024-09-01"), on("HTI", "2025-03-01"),
          on("PRK", "2022-01-01"), on("BLR", "2021-01-01"),
          on("THA", "2025-01-01"), on("KHM", "2021-01-01"), on("KHM", "2025-07-24"));

  /**
   * The great powers and some Cold War flashpoints on days of the news archives of 1945-1990: the
   * Berlin and Congo crises of 1961, the Suez crisis of 1956, the Cuban missile crisis of 1962 and
   * the détente years. The USSR is coded RUS and West Germany DEU.
   */
  private static final List<StateOnDay> COLD_WAR =
      List.of(
          on("USA", "1950-06-25"), on("USA", "1956-10-29"), on("USA", "1961-06-03"),
          on("USA", "1962-10-22"), on("USA", "1972-05-22"), on("USA", "1979-12-27"),
          on("RUS", "1950-06-25"), on("RUS", "1956-10-29"), on("RUS", "1961-06-03"),
          on("RUS", "1962-10-22"), on("RUS", "1972-05-22"), on("RUS", "1979-12-27"),
          on("RUS", "1987-12-08"),
          on("GBR", "1950-06-25"), on("GBR", "1956-10-29"), on("GBR", "1961-06-03"),
          on("GBR", "1972-05-22"), on("GBR", "1978-01-01"),
          on("FRA", "1961-06-03"), on("FRA", "1972-05-22"), on("FRA", "1978-01-01"),
          on("DEU", "1961-06-03"), on("DEU", "1972-05-22"), on("DEU", "1978-01-01"),
          on("CHN", "1961-06-03"), on("CHN", "1972-02-21"),
          on("CUB", "1962-10-22"), on("EGY", "1956-10-29"), on("ISR", "1956-10-29"),
          on("ISR", "1973-10-06"), on("IND", "1962-10-20"), on("PAK", "1980-01-01"),
          on("COD", "1960-07-11"), on("COD", "1961-06-03"), on("IRN", "1980-01-01"),
          on("PRK", "1950-06-25"), on("KOR", "1950-06-25"), on("VNM", "1961-06-03"),
          on("IDN", "1965-10-01"), on("CHL", "1973-09-12"), on("ZAF", "1995-01-01"),
          on("ZWE", "1990-01-01"), on("AGO", "1990-01-01"), on("JOR", "1970-09-17"),
          on("MAR", "1975-11-06"), on("SRB", "1961-06-03"));

  /** The people whose dated role on {@code day} codes them as the government of {@code iso}. */
  private static List<String> heads(StateOnDay s) {
    String government = s.iso() + "GOV";
    return DICTIONARY.entries().stream()
        .filter(e -> e.kind() == EntryKind.PERSON)
        .filter(
            e -> {
              Role r = e.roleAt(s.day());
              return r != null && r.code().equals(government);
            })
        .map(Entry::label)
        .toList();
  }

  private static List<String> coded(String text, LocalDate date) {
    return MATCHER.find(TestSentence.of(text), text, date).stream()
        .map(m -> m.code() + "=" + m.text())
        .toList();
  }

  /** Asserts the mentions of {@code text} on {@code date}, each as "code=text". */
  private static void assertCoded(String text, String date, String... expected) {
    assertThat(coded(text, LocalDate.parse(date)))
        .as("%s on %s", text, date)
        .containsExactly(expected);
  }

  @Test
  void everyG20StateHasAGovernmentPersonOnEachDay() {
    assertThat(G20)
        .allSatisfy(s -> assertThat(heads(s)).as("%s on %s", s.iso(), s.day()).isNotEmpty());
  }

  @Test
  void everyStateAtWarHasAGovernmentPersonOnEachDay() {
    assertThat(AT_WAR)
        .allSatisfy(s -> assertThat(heads(s)).as("%s on %s", s.iso(), s.day()).isNotEmpty());
  }

  @Test
  void theGreatPowersHaveAGovernmentPersonThroughTheColdWar() {
    assertThat(COLD_WAR)
        .allSatisfy(s -> assertThat(heads(s)).as("%s on %s", s.iso(), s.day()).isNotEmpty());
  }

  @Test
  void aColdWarLeaderIsGovernmentOnlyInOffice() {
    String text = "Khrushchev and Kennedy met in Vienna.";
    // Kennedy was a senator until December 1960 and President from 1961-01-20 to 1963-11-22
    assertCoded(text, "1960-06-01", "RUSGOV=Khrushchev", "USALEG=Kennedy");
    assertCoded(text, "1961-06-03", "RUSGOV=Khrushchev", "USAGOV=Kennedy");
    assertCoded(text, "1965-01-01", "RUSELI=Khrushchev", "USAELI=Kennedy");
    // his brother, Attorney General in his administration, is a person of his own
    assertCoded("Robert Kennedy spoke.", "1962-10-22", "USAGOV=Robert Kennedy");
  }

  @Test
  void aPersonsOtherwiseCodeDoesNotReachDecadesBeforeTheirFirstRole() {
    String text = "Leavitt spoke to reporters.";
    assertCoded(text, "2025-05-01", "USAGOV=Leavitt");
    assertCoded(text, "2010-05-01", "USAELI=Leavitt");
    // in a 1961 article the name is somebody else's
    assertCoded(text, "1961-05-01");
  }

  @Test
  void aStateWithoutADatedLeaderIsNotCoveredByAnotherStatesRoles() {
    // the check itself can fail: an invented state code has no head on any day
    assertThat(heads(on("XXX", "2023-01-01"))).isEmpty();
    // and a head is not found outside their days: Mario Draghi left office on 2022-10-22
    assertThat(heads(on("ITA", "2022-10-21"))).contains("Mario Draghi");
    assertThat(heads(on("ITA", "2022-10-22")))
        .doesNotContain("Mario Draghi")
        .contains("Giorgia Meloni");
  }

  @Test
  void aPrimeMinisterIsGovernmentUpToTheDaySheLeftOffice() {
    String text = "Marise Payne spoke to reporters in Sydney.";
    assertCoded(text, "2022-05-22", "AUSGOV=Marise Payne");
    assertCoded(text, "2022-05-23", "AUSELI=Marise Payne");
  }

  @Test
  void aDefenceMinisterWhoBecamePresidentChangesCode() {
    String text = "Prabowo Subianto visited the troops on Tuesday.";
    assertCoded(text, "2023-03-01", "IDNGOVMIL=Prabowo Subianto");
    assertCoded(text, "2024-10-19", "IDNGOVMIL=Prabowo Subianto");
    assertCoded(text, "2024-10-20", "IDNGOV=Prabowo Subianto");
  }

  @Test
  void theTalibanTakeTheGovernmentOnTheDayKabulFell() {
    String muttaqi = "Amir Khan Muttaqi rejected the demand.";
    String ghani = "Ashraf Ghani rejected the demand.";
    assertCoded(muttaqi, "2021-08-14", "AFGREB=Amir Khan Muttaqi");
    assertCoded(muttaqi, "2021-08-15", "AFGGOV=Amir Khan Muttaqi");
    assertCoded(ghani, "2021-08-14", "AFGGOV=Ashraf Ghani");
    assertCoded(ghani, "2021-08-15", "AFGELI=Ashraf Ghani");
  }

  @Test
  void aCoupMovesTheGovernmentCodeFromThePresidentToTheJunta() {
    String bazoum = "Mohamed Bazoum spoke on the radio.";
    String tchiani = "General Tchiani spoke on the radio.";
    assertCoded(bazoum, "2023-07-25", "NERGOV=Mohamed Bazoum");
    assertCoded(bazoum, "2023-07-26", "NERELI=Mohamed Bazoum");
    assertCoded(tchiani, "2023-07-27", "NERMIL=Tchiani");
    assertCoded(tchiani, "2023-07-28", "NERGOV=Tchiani");
  }

  @Test
  void aFatherHandsTheGovernmentToHisSon() {
    String text = "Hun Sen and Hun Manet attended the ceremony.";
    assertCoded(text, "2023-08-21", "KHMGOV=Hun Sen", "KHMMIL=Hun Manet");
    assertCoded(text, "2023-08-22", "KHMELI=Hun Sen", "KHMGOV=Hun Manet");
  }

  @Test
  void aMinisterMovesFromDefenceToAnotherPortfolio() {
    String text = "Anita Anand announced the purchase.";
    assertCoded(text, "2022-06-01", "CANGOVMIL=Anita Anand");
    assertCoded(text, "2024-01-01", "CANGOV=Anita Anand");
  }

  @Test
  void maduroIsNoLongerTheGovernmentAfterHisCapture() {
    String text = "Maduro denounced the sanctions.";
    assertCoded(text, "2025-12-01", "VENGOV=Maduro");
    assertCoded(text, "2026-01-03", "VENELI=Maduro");
  }

  @Test
  void spokespeopleSpeakForTheirOfficeWhileInPost() {
    String psaki = "Jen Psaki told reporters the talks went well.";
    assertCoded(psaki, "2021-06-01", "USAGOV=Jen Psaki");
    assertCoded(psaki, "2022-06-01", "USAELI=Jen Psaki");
    // accents are folded: the name without its accent is the same person
    String dujarric = "Stephane Dujarric told reporters the talks went well.";
    assertCoded(dujarric, "2024-01-01", "IGOUNO=Stephane Dujarric");
    String jaiswal = "Randhir Jaiswal told reporters the talks went well.";
    assertCoded(jaiswal, "2025-05-08", "INDGOV=Randhir Jaiswal");
  }

  @Test
  void theBundledDictionaryLoadsWithoutErrors() {
    assertThatCode(() -> ActorDictionary.builder().addBundled().build())
        .doesNotThrowAnyException();
    assertThat(ActorDictionary.builder().addBundled().build().problems()).isEmpty();
  }
}
