package org.brink.coding.actors;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The kinds of dictionary entry, named by the first word of an entry's header line. */
enum EntryKind {
  /** A state or territory: {@code [country IRN] Iran}. */
  COUNTRY(true, Set.of("names", "adjectives", "capitals", "seat", "role")),
  /** An intergovernmental organisation: {@code [igo IGOUNO] United Nations}. */
  IGO(true, Set.of("names", "role")),
  /** A non-state group, armed or not: {@code [group PSEREB] Hamas}. */
  GROUP(true, Set.of("names", "role")),
  /** A person whose code depends on the date: {@code [person] Antony Blinken}. */
  PERSON(false, Set.of("names", "role", "otherwise")),
  /** A sector noun that follows a country: {@code [agent MIL] military}. */
  AGENT(true, Set.of("names")),
  /** Phrases that contain actor names but name no actor: {@code [ignore] Paris Agreement}. */
  IGNORE(false, Set.of("names"));

  private final boolean takesCode;
  private final Set<String> keys;

  EntryKind(boolean takesCode, Set<String> keys) {
    this.takesCode = takesCode;
    this.keys = keys;
  }

  boolean takesCode() {
    return takesCode;
  }

  boolean allows(String key) {
    return keys.contains(key);
  }

  /** The keys this kind allows, in a fixed order for error messages. */
  String keyList() {
    return String.join(
        ", ",
        Stream.of("names", "adjectives", "capitals", "seat", "role", "otherwise")
            .filter(keys::contains)
            .toList());
  }

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static String wordList() {
    return "country, igo, group, person, agent, ignore";
  }
}
