package org.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.coding.EventCoderTest.events;

import org.junit.jupiter.api.Test;

/**
 * The second round of common news forms the PLOVER gold showed missing, on real parses of short
 * sentences written for these tests (synthetic, not from any gold set).
 */
class PloverTail2PatternsTest {
  @Test
  void welcomingWhatSomeoneSaidOrProposedEndorsesItButWelcomingAVisitorHostsThem() {
    assertThat(events("The German government welcomed President Biden's statement on the talks."))
        .contains("DEUGOV 051 USAGOV asserted")
        .doesNotContain("DEUGOV 043 USAGOV asserted");
    assertThat(events("Japan welcomed the Egyptian proposal.")).containsExactly("JPN 051 EGY asserted");
    assertThat(events("Japan welcomed the Egyptian president.")).containsExactly("JPN 043 EGYGOV asserted");
  }

  @Test
  void evacuatingTheWoundedFromAPlaceAidsItsCountryEvenWhenTheParserTakesTheForTheObject() {
    // CoreNLP parses "the" as the object and "wounded" as its adjective
    assertThat(events("UN helicopters evacuated the wounded from a besieged Syrian town."))
        .containsExactly("IGOUNO 073 SYR asserted");
    // leaving a place is no aid to anyone
    assertThat(events("UN staff left the Syrian town.")).isEmpty();
  }

  @Test
  void aLanguageNamedIsNoActor() {
    assertThat(events("The Estonian parliament lifted restrictions on the use of the Russian language."))
        .containsExactly("ESTLEG 081 - asserted");
    // the adjective alone still names the country
    assertThat(events("The Estonian parliament lifted restrictions on Russian banks."))
        .containsExactly("ESTLEG 081 RUS asserted");
  }

  @Test
  void anInvestigationOfAPlaceIsOneOfItsCountry() {
    assertThat(events("The IAEA has dispatched inspectors to a uranium plant in central Iran."))
        .containsExactly("IGOUNOIAE 090 IRN asserted");
  }

  @Test
  void closingOrBanningTheNewspapersOrOrderingThemToStopPublishingRestrictsPoliticalFreedoms() {
    assertThat(events("The Turkish government closed two Kurdish newspapers."))
        .containsExactly("TURGOV 1721 TUR asserted");
    assertThat(events("Russia banned the British broadcaster.")).containsExactly("RUS 1721 GBRMED asserted");
    assertThat(events("The Iranian judiciary ordered the reformist daily to halt publication."))
        .containsExactly("IRNJUD 1721 IRN asserted");
    // ordering the publication of something is no restriction
    assertThat(events("The Iranian judiciary ordered the publication of the verdict.")).isEmpty();
  }
}
