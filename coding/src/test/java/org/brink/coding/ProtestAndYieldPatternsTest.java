package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.EventCoderTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Protest (14x) and yield (08x) patterns on real parses of sentences written for these tests. */
class ProtestAndYieldPatternsTest {
  private static List<String> codes(String text) {
    return events(text).stream().map(e -> e.split(" ")[1]).toList();
  }

  @Test
  void aHungerStrikeIsAHungerStrikeNotAnAttack() {
    List<String> found =
        events("Islamic fundamentalists began a hunger strike to demand the resignation of President Erdogan.");
    assertThat(found).anyMatch(e -> e.contains(" 142 "));
    assertThat(found).noneMatch(e -> e.split(" ")[1].startsWith("19"));
    // the strikers, unnamed, are of the country of the government they protest
    assertThat(found).filteredOn(e -> e.contains(" 142 ")).allMatch(e -> e.startsWith("TUR "));
  }

  @Test
  void strikesBlockadesAndRiotsHaveTheirOwnCodes() {
    assertThat(codes("Kenyan teachers called a nationwide strike on Monday.")).contains("143");
    assertThat(codes("Serbian farmers blocked roads near Belgrade.")).contains("144");
    assertThat(codes("Palestinian youths threw stones at Israeli soldiers.")).contains("145");
    assertThat(codes("Thousands of Georgians demonstrated in Tbilisi.")).contains("141");
  }

  @Test
  void callingOffAStrikeIsYielding() {
    assertThat(codes("The Nigerian teachers' union called off its strike.")).contains("080");
  }

  @Test
  void yieldingCodesEaseTheirRestriction() {
    assertThat(codes("Sudan lifted the state of emergency in Darfur.")).contains("0814");
    assertThat(codes("Israel eased its blockade of Gaza.")).contains("0872");
    assertThat(codes("Sudan's government shortened the curfew by one hour.")).contains("0813");
  }

  @Test
  void acceptingDemandsAnswersWhoeverMadeThem() {
    assertThat(events("The Mozambican government accepted demands from the rebels."))
        .anyMatch(e -> e.startsWith("MOZGOV 083 MOZ"));
  }

  @Test
  void receivingObserversFromAnOrganisationTargetsIt() {
    assertThat(events("Georgia's government received a mission of observers from the OSCE."))
        .anyMatch(e -> e.startsWith("GEOGOV 0862 IGO"));
  }
}
