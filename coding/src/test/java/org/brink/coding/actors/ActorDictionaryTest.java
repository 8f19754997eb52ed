package org.brink.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks on the bundled dictionary's content. */
class ActorDictionaryTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();

  /**
   * The 193 UN member states by ISO 3166-1 alpha-3 code, except Timor-Leste, which CAMEO codes TMP.
   */
  private static final List<String> UN_MEMBERS =
      List.of(
          "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
          "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
          "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
          "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
          "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
          "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
          "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
          "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
          "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR",
          "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN",
          "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
          "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
          "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
          "TJK", "THA", "TMP", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
          "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

  /** The two observer states, the Holy See and Palestine, and Kosovo, Taiwan, Western Sahara. */
  private static final List<String> OTHER_STATES = List.of("VAT", "PSE", "KSV", "TWN", "ESH");

  private static Set<String> countryCodes() {
    return DICTIONARY.entries().stream()
        .filter(e -> e.kind() == EntryKind.COUNTRY)
        .map(Entry::code)
        .collect(Collectors.toSet());
  }

  @Test
  void listsEveryUnMemberState() {
    assertThat(UN_MEMBERS).hasSize(193).doesNotHaveDuplicates();
    assertThat(countryCodes()).containsAll(UN_MEMBERS);
  }

  @Test
  void listsTheObserverStatesKosovoTaiwanAndWesternSahara() {
    assertThat(countryCodes()).containsAll(OTHER_STATES);
  }

  @Test
  void listsEachCountryOnce() {
    List<String> codes =
        DICTIONARY.entries().stream()
            .filter(e -> e.kind() == EntryKind.COUNTRY)
            .map(Entry::code)
            .toList();
    assertThat(codes).doesNotHaveDuplicates().hasSize(202);
  }

  @Test
  void givesEveryPersonACodeForTheirMostRecentRoleOrOtherwise() {
    assertThat(DICTIONARY.entries().stream().filter(e -> e.kind() == EntryKind.PERSON))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.codeAt(null)).as(p.label()).isNotNull());
  }

  @Test
  void givesEveryActorCodeACountryOrOrganisationPrefix() {
    Set<String> countries = countryCodes();
    assertThat(DICTIONARY.entries())
        .filteredOn(e -> e.kind() != EntryKind.AGENT && e.kind() != EntryKind.IGNORE)
        .allSatisfy(
            e -> {
              for (String code : codes(e)) {
                String prefix = code.substring(0, 3);
                assertThat(
                        countries.contains(prefix)
                            || Set.of("IGO", "NGO", "IMG", "WST").contains(prefix)) // WST: CAMEO's West
                    .as("%s in %s at %s", code, e.label(), e.location())
                    .isTrue();
              }
            });
  }

  @Test
  void loadsTheBundledFilesOnce() {
    assertThat(ActorDictionary.loadDefault()).isSameAs(DICTIONARY);
  }

  private static List<String> codes(Entry e) {
    List<String> out = new java.util.ArrayList<>();
    if (e.code() != null) {
      out.add(e.code());
    }
    if (e.otherwise() != null) {
      out.add(e.otherwise());
    }
    e.roles().forEach(r -> out.add(r.code()));
    return out;
  }
}
