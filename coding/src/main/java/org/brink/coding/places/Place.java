package org.brink.coding.places;

import java.util.Objects;
import org.brink.core.Location;
import org.jspecify.annotations.Nullable;

/**
 * One gazetteer entry: a city, a first-order division (US states only) or a country.
 *
 * @param kind what the entry is
 * @param name the GeoNames name of a city, the English name of a state or country
 * @param country ISO 3166-1 alpha-3 code
 * @param admin1 the GeoNames admin1 code of a city or state ({@code "TX"}, {@code "28"}); null
 *     for a country or when GeoNames gives none
 * @param lat latitude of the city, of the state's seat, or of the country's capital; null when
 *     unknown
 * @param lon longitude, as {@code lat}
 * @param population the city's population; for a state or country the sum over its places of at
 *     least 1,000 people in GeoNames (a ranking proxy, not a census figure)
 * @param geonamesId the GeoNames id of a city; null for states and countries
 */
public record Place(
    Kind kind,
    String name,
    String country,
    @Nullable String admin1,
    @Nullable Double lat,
    @Nullable Double lon,
    long population,
    @Nullable Long geonamesId) {

  /** What a gazetteer entry is. */
  public enum Kind {
    CITY,
    ADMIN1,
    COUNTRY
  }

  public Place {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    if (country.length() != 3) {
      throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-3 code");
    }
  }

  /** Whether this place lies inside {@code other}: a city or state in a country, a city in a state. */
  public boolean isWithin(Place other) {
    if (!country.equals(other.country)) {
      return false;
    }
    return switch (other.kind) {
      case COUNTRY -> kind != Kind.COUNTRY;
      case ADMIN1 -> kind == Kind.CITY && admin1 != null && admin1.equals(other.admin1);
      case CITY -> false;
    };
  }

  /** This place as an event location, named {@code name}. */
  public Location toLocation() {
    return toLocation(name);
  }

  /** This place as an event location, under the name it was written with. */
  public Location toLocation(String writtenName) {
    return new Location(writtenName, country, kind == Kind.COUNTRY ? null : admin1, lat, lon, geonamesId);
  }
}
