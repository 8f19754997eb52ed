package org.brink.coding.actors.petrarch;

import java.util.regex.Pattern;

/** PETRARCH phrase strings as Brink names. */
final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARENTHESES = Pattern.compile("([()])");

  private Names() {}

  /**
   * A phrase string as a name: {@code _} and runs of white space become one space, and parentheses
   * stand apart, as a tokenizer cuts them ({@code ISLAMIC_ARMY_(IAA)_} is {@code "ISLAMIC ARMY (
   * IAA )"}). A trailing {@code _}, TABARI's mark for a whole word rather than a stem, is dropped:
   * Brink matches whole words only.
   */
  static String of(String phrase) {
    String s = phrase.replace('_', ' ');
    s = PARENTHESES.matcher(s).replaceAll(" $1 ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
