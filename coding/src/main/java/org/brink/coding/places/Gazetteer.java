package org.brink.coding.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Place names to places: every city of at least 15,000 people in GeoNames, every ISO 3166-1
 * country, and the US states.
 *
 * <p>Immutable and thread-safe. {@link #bundled()} reads the resources once per JVM; the data,
 * its sources and licences are described in {@code ATTRIBUTION.md} beside them.
 *
 * <p>Design decision: names are looked up in lower case and also with diacritics removed, so
 * "Kyiv", "kyiv" and a city written "Āzādshahr" in GeoNames but "Azadshahr" in the text all
 * match. The source package carries no alternate names, so "Kiev" does not find Kyiv.
 */
public final class Gazetteer {
  private static final String CITIES = "cities.tsv";
  private static final String COUNTRIES = "countries.tsv";
  private static final String ADMIN1 = "admin1.tsv";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Codes the actor dictionary uses (CAMEO, Phoenix) for countries whose ISO-3 code differs. */
  private static final Map<String, String> CAMEO_TO_ISO = Map.of("TMP", "TLS", "KSV", "XKK");

  /** Largest first; ties broken by kind, name and id so the order never depends on input order. */
  static final Comparator<Place> BY_POPULATION =
      Comparator.comparingLong(Place::population)
          .reversed()
          .thenComparing(Place::kind)
          .thenComparing(Place::name)
          .thenComparing(p -> p.geonamesId() == null ? 0L : p.geonamesId());

  private final Map<String, List<Place>> byName;
  private final Map<String, Place> countries;
  private final int cityCount;

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();
  }

  Gazetteer(List<Place> places, Map<Place, List<String>> alternateNames) {
    Map<String, List<Place>> names = new HashMap<>();
    Map<String, Place> byCode = new HashMap<>();
    int cities = 0;
    for (Place p : places) {
      Set<String> keys = new LinkedHashSet<>(keys(p.name()));
      for (String alt : alternateNames.getOrDefault(p, List.of())) {
        keys.addAll(keys(alt));
      }
      for (String k : keys) {
        names.computeIfAbsent(k, x -> new ArrayList<>(1)).add(p);
      }
      if (p.kind() == Place.Kind.COUNTRY) {
        Place previous = byCode.put(p.country(), p);
        if (previous != null) {
          throw new IllegalArgumentException("country " + p.country() + " listed twice");
        }
      } else if (p.kind() == Place.Kind.CITY) {
        cities++;
      }
    }
    Map<String, List<Place>> sorted = new HashMap<>(names.size() * 2);
    names.forEach((k, v) -> sorted.put(k, v.stream().sorted(BY_POPULATION).toList()));
    this.byName = Map.copyOf(sorted);
    this.countries = Map.copyOf(byCode);
    this.cityCount = cities;
  }

  /** The gazetteer bundled with Brink, read on first use. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** The places called {@code name} (any case, with or without diacritics), largest first. */
  public List<Place> lookup(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /**
   * The country with ISO-3 code {@code code}, or null; the actor dictionary's own codes for
   * Timor-Leste (TMP) and Kosovo (KSV) are accepted too.
   */
  public @Nullable Place country(String code) {
    return countries.get(isoCountry(code));
  }

  /** Every country, by ISO-3 code. */
  public Map<String, Place> countries() {
    return countries;
  }

  public int cityCount() {
    return cityCount;
  }

  /** The ISO-3 code for a country code from the actor dictionary (TMP -> TLS, KSV -> XKK). */
  public static String isoCountry(String code) {
    return CAMEO_TO_ISO.getOrDefault(code, code);
  }

  /** The actor dictionary's code of an ISO-3 country: {@code "TLS"} is CAMEO's {@code "TMP"}. */
  public static String cameoCountry(String iso) {
    for (Map.Entry<String, String> e : CAMEO_TO_ISO.entrySet()) {
      if (e.getValue().equals(iso)) {
        return e.getKey();
      }
    }
    return iso;
  }

  /** The lookup key: lower case, typographic apostrophes as ASCII, single spaces. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  private static List<String> keys(String name) {
    String plain = key(name);
    String folded = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    return folded.equals(plain) ? List.of(plain) : List.of(plain, folded);
  }

  private static Gazetteer load() {
    List<Place> places = new ArrayList<>(30_000);
    Map<Place, List<String>> alternates = new HashMap<>();
    read(COUNTRIES, 9, (cols, where) -> {
      Place p = new Place(Place.Kind.COUNTRY, cols[2], cols[0], null, number(cols[6], where),
          number(cols[7], where), count(cols[8], where), null);
      places.add(p);
      if (!cols[3].isEmpty()) {
        alternates.put(p, List.of(cols[3].split("\\|")));
      }
    });
    read(ADMIN1, 6, (cols, where) -> places.add(new Place(Place.Kind.ADMIN1, cols[2], cols[0], cols[1],
        number(cols[3], where), number(cols[4], where), count(cols[5], where), null)));
    read(CITIES, 8, (cols, where) -> places.add(new Place(Place.Kind.CITY, cols[1], cols[2],
        cols[3].isEmpty() ? null : cols[3], number(cols[4], where), number(cols[5], where),
        count(cols[6], where), count(cols[0], where))));
    return new Gazetteer(places, alternates);
  }

  private interface Row {
    void accept(String[] cols, String where);
  }

  private static void read(String resource, int columns, Row row) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String where = resource + ":" + n;
        if (cols.length != columns) {
          throw new IllegalStateException(
              where + ": " + cols.length + " columns, expected " + columns + "; regenerate with tools/gazetteer");
        }
        row.accept(cols, where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
    }
  }

  private static @Nullable Double number(String s, String where) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + ": '" + s + "' is not a number", e);
    }
  }

  private static long count(String s, String where) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + ": '" + s + "' is not a whole number", e);
    }
  }
}
