package org.brink.coding.actors;

/** What a dictionary phrase is, which decides how it combines with its neighbours. */
enum PhraseKind {
  /** A country's name: its code, combines with a following agent ("Israel's army"). */
  COUNTRY_NAME,
  /** A country adjective or demonym: its code, combines with a following agent. */
  COUNTRY_ADJECTIVE,
  /** A capital standing for its government: country + GOV; with an agent, country + agent. */
  CAPITAL,
  /** A seat of power or national body: its own code; a following agent is absorbed. */
  SEAT,
  /** The name of an IGO, group or person: the entry's code at the date. */
  ACTOR,
  /** A sector noun: only part of a mention, after a country or before "of" and a country. */
  AGENT,
  /** Matches and hides the words, so no shorter phrase inside it matches. */
  IGNORE;

  boolean isCountry() {
    return this == COUNTRY_NAME || this == COUNTRY_ADJECTIVE || this == CAPITAL;
  }
}
