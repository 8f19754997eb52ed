package org.brink.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes merged events as rows of the GDELT 2.0 event table: 61 tab-separated fields in the
 * codebook's order, no header (as in GDELT's {@code .export.CSV} files). docs/gdelt-export.md says
 * how each field is filled.
 */
final class GdeltRows {
  /** The codebook's column names, in order. */
  static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
          "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
          "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
          "Actor1Type2Code", "Actor1Type3Code",
          "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
          "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
          "Actor2Type2Code", "Actor2Type3Code",
          "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
          "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
          "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
          "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
          "DATEADDED", "SOURCEURL");

  /** CAMEO role and sector codes: a code starting with one of these names no country. */
  static final Set<String> TYPES =
      Set.of(
          "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
          "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
          "MOD", "RAD", "IGO", "NGO", "NGM", "IMG", "MNC", "PTY", "SET", "PKO", "UIS", "INT");

  /** CAMEO religion codes. */
  static final Set<String> RELIGIONS =
      Set.of(
          "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN",
          "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI",
          "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private GdeltRows() {}

  static long write(ResultSet rows, Writer out) throws SQLException, IOException {
    long count = 0;
    StringBuilder line = new StringBuilder(512);
    while (rows.next()) {
      List<String> fields = fields(rows);
      line.setLength(0);
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          line.append('\t');
        }
        line.append(fields.get(i));
      }
      line.append('\n');
      out.write(line.toString());
      count++;
    }
    return count;
  }

  /** The 61 fields of one {@code events} row. */
  static List<String> fields(ResultSet row) throws SQLException {
    List<String> f = new ArrayList<>(COLUMNS.size());
    LocalDate day = row.getObject("day", LocalDate.class);
    f.add(Long.toString(row.getLong("id")));
    f.add(DAY.format(day));
    f.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    f.add(Integer.toString(day.getYear()));
    f.add(
        String.format(
            Locale.ROOT,
            "%.4f",
            day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
    actor(f, row.getString("source_code"), row.getString("source_name"));
    actor(f, row.getString("target_code"), row.getString("target_name"));
    String code = row.getString("code");
    f.add(row.getBoolean("is_root") ? "1" : "0");
    f.add(code);
    f.add(code.length() > 3 ? code.substring(0, 3) : code);
    f.add(row.getString("root"));
    // a code outside CAMEO (from a loaded dictionary) has neither: the fields stay empty
    Integer quad = row.getObject("quad_class", Integer.class);
    Double goldstein = row.getObject("goldstein", Double.class);
    f.add(quad == null ? "" : Integer.toString(quad));
    f.add(goldstein == null ? "" : number(goldstein));
    f.add(Integer.toString(row.getInt("num_mentions")));
    f.add(Integer.toString(row.getInt("num_sources")));
    f.add(Integer.toString(row.getInt("num_articles")));
    f.add(""); // AvgTone: Brink measures no tone
    noGeo(f); // Actor1Geo_*: Brink places events, not actors
    noGeo(f); // Actor2Geo_*
    actionGeo(f, row);
    f.add(ADDED.format(row.getObject("added_at", LocalDateTime.class)));
    f.add(clean(row.getString("source_url")));
    if (f.size() != COLUMNS.size()) {
      throw new IllegalStateException("a GDELT row has " + f.size() + " fields, not 61");
    }
    return f;
  }

  /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3. */
  static void actor(List<String> f, @Nullable String code, @Nullable String name) {
    if (code == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    String country = "";
    String group = "";
    List<String> religions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (i == 0 && !TYPES.contains(part) && !RELIGIONS.contains(part)) {
        country = part;
      } else if (TYPES.contains(part)) {
        types.add(part);
      } else if (RELIGIONS.contains(part)) {
        religions.add(part);
      } else if (group.isEmpty()) {
        group = part; // a known group after IGO, NGO, IMG...: UNO, NAT, WHO
      }
    }
    f.add(code);
    f.add(name == null ? "" : clean(name).toUpperCase(Locale.ROOT));
    f.add(country);
    f.add(group);
    f.add(""); // EthnicCode: Brink's dictionaries code no ethnic groups
    f.add(religions.size() > 0 ? religions.get(0) : "");
    f.add(religions.size() > 1 ? religions.get(1) : "");
    for (int i = 0; i < 3; i++) {
      f.add(types.size() > i ? types.get(i) : "");
    }
  }

  /** Type 0 and seven empty fields: no place. */
  private static void noGeo(List<String> f) {
    f.add("0");
    for (int i = 0; i < 7; i++) {
      f.add("");
    }
  }

  /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of the event's place. */
  private static void actionGeo(List<String> f, ResultSet row) throws SQLException {
    String name = row.getString("location_name");
    if (name == null) {
      noGeo(f);
      return;
    }
    String country = row.getString("location_country");
    String admin1 = row.getString("location_admin1");
    long geonames = row.getLong("geonames_id");
    boolean city = !row.wasNull();
    boolean us = "USA".equals(country);
    int type = city ? (us ? 3 : 4) : admin1 != null ? (us ? 2 : 5) : 1;
    f.add(Integer.toString(type));
    f.add(clean(name));
    f.add(country == null ? "" : country);
    f.add(country == null ? "" : admin1 == null ? country : country + admin1);
    f.add("");
    double lat = row.getDouble("lat");
    f.add(row.wasNull() ? "" : number(lat));
    double lon = row.getDouble("lon");
    f.add(row.wasNull() ? "" : number(lon));
    f.add(city ? Long.toString(geonames) : country == null ? "" : country);
  }

  private static String number(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value);
    // trim trailing zeros as GDELT does ("-10", "2.5", "35.6944")
    if (s.indexOf('.') >= 0) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  /** Tabs and line breaks would break the row; they become spaces. */
  private static String clean(@Nullable String value) {
    if (value == null) {
      return "";
    }
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
