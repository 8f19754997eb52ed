package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One way of writing a dictionary phrase, as the matcher stores it.
 *
 * @param words the phrase's words as written in the dictionary, for the capitalisation test
 * @param code the fixed code for country phrases, seats and agents; null when the entry's code at
 *     the date decides (IGOs, groups, people) or for ignore phrases
 * @param location {@code "file:LINE"} of the line that lists the phrase
 * @param anyCase true when the phrase matches tokens in any case: a PETRARCH name, written in
 *     capitals by that format's convention rather than to demand capitals in the text; false for
 *     Brink's own phrases, whose capitalisation is checked word by word
 */
record Phrase(
    Entry entry,
    PhraseKind kind,
    List<String> words,
    @Nullable String code,
    String location,
    boolean anyCase) {
  Phrase {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    words = List.copyOf(words);
  }

  /** A phrase of Brink's own format, whose capitalisation is checked. */
  Phrase(Entry entry, PhraseKind kind, List<String> words, @Nullable String code, String location) {
    this(entry, kind, words, code, location, false);
  }

  /**
   * The code this phrase stands for on {@code date}, or null for none. A country's phrase on a day
   * its entry's role covers takes the role's country ("Juba" in 1999 is SDNGOV: South Sudan was
   * part of Sudan until 2011-07-09); with no date, today's.
   */
  @Nullable String codeAt(@Nullable LocalDate date) {
    if (code == null) {
      return entry.codeAt(date);
    }
    Role then = formerState(date);
    return then == null ? code : then.code() + code.substring(3);
  }

  /** The location of the phrase, plus the role line when a dated role gave the code. */
  String provenance(@Nullable LocalDate date) {
    Role r = code == null ? entry.roleAt(date) : formerState(date);
    return r == null ? location : location + "+" + r.location();
  }

  /** For a country's phrase, the role (the state it then belonged to) on {@code date}, or null. */
  private @Nullable Role formerState(@Nullable LocalDate date) {
    return date == null || entry.kind() != EntryKind.COUNTRY || code == null || code.length() < 3
        ? null
        : entry.roleAt(date);
  }
}
