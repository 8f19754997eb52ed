package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Armed movements of the 1970s to 2000s that news archives name often, with the dated changes of
 * their standing (rebels, ruling party, opposition). Sentences written for these tests.
 */
class HistoricalArmedGroupsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.loadDefault());

  private static List<String> coded(String text, LocalDate date) {
    return MATCHER.find(TestSentence.of(text), text, date).stream().map(m -> m.code() + "=" + m.text()).toList();
  }

  @Test
  void namesTheRebelMovementsByTheirCountry() {
    LocalDate day = LocalDate.of(1999, 6, 1);
    assertThat(coded("the Tamil Tigers and the LTTE", day)).containsExactly("LKAREB=Tamil Tigers", "LKAREB=LTTE");
    assertThat(coded("the Revolutionary United Front fought", day)).containsExactly("SLEREB=the Revolutionary United Front");
    assertThat(coded("the MILF and the NPFL", day)).containsExactly("PHLREB=MILF", "LBRREB=NPFL");
  }

  @Test
  void codesEachMovementByItsStandingOnTheDay() {
    assertThat(coded("UNITA", LocalDate.of(1995, 1, 1))).containsExactly("AGOREB=UNITA");
    assertThat(coded("UNITA", LocalDate.of(2008, 1, 1))).containsExactly("AGOOPP=UNITA");
    assertThat(coded("the SPLA", LocalDate.of(1995, 1, 1))).containsExactly("SDNREB=SPLA");
    assertThat(coded("the SPLM", LocalDate.of(2015, 1, 1))).containsExactly("SSDGOV=SPLM");
    assertThat(coded("the Khmer Rouge", LocalDate.of(1977, 1, 1))).containsExactly("KHMGOV=the Khmer Rouge");
    assertThat(coded("the Khmer Rouge", LocalDate.of(1985, 1, 1))).containsExactly("KHMREB=the Khmer Rouge");
    assertThat(coded("the Sandinistas", LocalDate.of(1985, 1, 1))).containsExactly("NICGOV=the Sandinistas");
    assertThat(coded("the Sandinistas", LocalDate.of(1995, 1, 1))).containsExactly("NICOPP=the Sandinistas");
  }
}
