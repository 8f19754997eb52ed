package org.brink.coding.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private static Place first(String name) {
    List<Place> found = GAZETTEER.lookup(name);
    assertThat(found).as(name).isNotEmpty();
    return found.get(0);
  }

  @Test
  void holdsEveryIso3166Country() {
    assertThat(GAZETTEER.countries()).hasSize(250);
    assertThat(GAZETTEER.countries().keySet()).contains("AFG", "IRN", "UKR", "PSE", "TLS", "XKK", "ZWE");
  }

  @Test
  void holdsEveryCountryOfTheActorDictionary() {
    List<String> actorCountries =
        List.of("AFG", "GEO", "LBN", "LBY", "TWN", "ESH", "HKG", "MAC", "PRI", "GRL", "VAT", "SSD", "KSV", "TMP");
    assertThat(actorCountries).allSatisfy(code -> assertThat(GAZETTEER.country(code)).as(code).isNotNull());
  }

  @Test
  void holdsTheCitiesOfAtLeastFifteenThousandPeople() {
    assertThat(GAZETTEER.cityCount()).isGreaterThan(24_000);
  }

  @Test
  void findsCitiesWithTheirCountry() {
    assertThat(first("Isfahan")).extracting(Place::country, Place::kind).containsExactly("IRN", Place.Kind.CITY);
    assertThat(first("Kharkiv")).extracting(Place::country, Place::admin1).containsExactly("UKR", "07");
    assertThat(first("Kermanshah").country()).isEqualTo("IRN");
    assertThat(first("Kermanshah").geonamesId()).isEqualTo(128226L);
  }

  @Test
  void ordersAmbiguousNamesByPopulation() {
    assertThat(GAZETTEER.lookup("Tripoli")).extracting(Place::country).startsWith("LBY", "LBN");
    assertThat(GAZETTEER.lookup("Paris").get(0).country()).isEqualTo("FRA");
    assertThat(GAZETTEER.lookup("Paris"))
        .anySatisfy(p -> assertThat(p).extracting(Place::country, Place::admin1).containsExactly("USA", "TX"));
  }

  @Test
  void findsCountriesAndStatesByName() {
    assertThat(GAZETTEER.lookup("Georgia"))
        .extracting(Place::kind, Place::country)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Place.Kind.COUNTRY, "GEO"),
            org.assertj.core.groups.Tuple.tuple(Place.Kind.ADMIN1, "USA"));
    assertThat(first("Syria").country()).isEqualTo("SYR");
    assertThat(first("Syrian Arab Republic").country()).isEqualTo("SYR");
    assertThat(first("Texas")).extracting(Place::kind, Place::admin1).containsExactly(Place.Kind.ADMIN1, "TX");
  }

  @Test
  void placesACountryAtItsCapital() {
    Place iran = GAZETTEER.country("IRN");
    assertThat(iran).isNotNull();
    assertThat(iran.lat()).isCloseTo(35.69, org.assertj.core.data.Offset.offset(0.1));
    assertThat(iran.toLocation().geonamesId()).isNull();
  }

  @Test
  void matchesNamesInAnyCaseAndWithoutDiacritics() {
    assertThat(GAZETTEER.lookup("ISFAHAN")).isEqualTo(GAZETTEER.lookup("isfahan"));
    assertThat(GAZETTEER.lookup("Azadshahr")).extracting(Place::country).contains("IRN");
  }

  @Test
  void knowsNothingOfAnUnknownName() {
    assertThat(GAZETTEER.lookup("Xyzzyville")).isEmpty();
  }
}
