package org.brink.coding.coref;

import org.jspecify.annotations.Nullable;

/**
 * A phrase that may stand for an actor named earlier in the article: what the resolver resolves.
 */
sealed interface Anaphor {
  /** The first token of the phrase within its sentence. */
  int first();

  /** The last token, inclusive. */
  int last();

  /** The rule's name in a mention's entry: {@code coref:<rule>->...}. */
  String rule();

  /** A third-person pronoun: he, him, his, she, her, it, its, they, them, their. */
  record Pronoun(int first, Agreement agreement, boolean possessive) implements Anaphor {
    @Override
    public int last() {
      return first;
    }

    @Override
    public String rule() {
      return "pronoun";
    }
  }

  /** A lone surname the dictionary did not code ("Harris" after "Kamala Harris"). */
  record Surname(int first) implements Anaphor {
    @Override
    public int last() {
      return first;
    }

    @Override
    public String rule() {
      return "surname";
    }
  }

  /**
   * A definite role noun: "the spokesperson", "the foreign ministry", "the president".
   *
   * @param person whether the noun names a person ("the minister"), whom an unknown person named
   *     nearby may be
   */
  record RoleNoun(int first, int last, Sector sector, boolean person) implements Anaphor {
    @Override
    public String rule() {
      return "role";
    }
  }

  /** "the two countries", "both countries", "both sides": two actors at once. */
  record Pair(int first, int last, boolean countriesOnly) implements Anaphor {
    @Override
    public String rule() {
      return "pair";
    }
  }

  /** What a pronoun agrees with. */
  enum Agreement {
    /** he, him, his, she, her: one person. */
    PERSON,
    /** it, its: one state, organisation or thing, or a collective ("the army"). */
    THING,
    /** they, them, their: a plural, a collective or a coordination. */
    PLURAL;

    boolean fits(Candidate c) {
      return switch (this) {
        case PERSON -> c.person() && c.plurality() == Candidate.Plurality.SINGULAR;
        case THING -> !c.person() && c.plurality() != Candidate.Plurality.PLURAL;
        case PLURAL -> c.plurality() != Candidate.Plurality.SINGULAR;
      };
    }
  }

  /** Whose role a role noun names, which decides the antecedents it fits and the code it gets. */
  enum Sector {
    /** spokesperson, spokesman, official: any organisation, or a person in government. */
    ORGANISATION("GOV"),
    /** ministry, government, minister, president: an actor whose code has the GOV sector. */
    GOVERNMENT("GOV"),
    /** army, military: an actor whose code has the MIL sector. */
    MILITARY("MIL"),
    /** country, nation: the country of any actor that has one ("the country" -> IRN). */
    STATE("");

    private final String sector;

    Sector(String sector) {
      this.sector = sector;
    }

    /**
     * The referent a role noun gets from an antecedent standing for {@code r}, or null when they do
     * not fit. A bare country gains the sector ("Iran" ... "the ministry" -> IRNGOV).
     */
    @Nullable Referent derive(Referent r, boolean person) {
      if (this == STATE) {
        if (r.bareCountry()) {
          return r;
        }
        String country = r.country();
        // an IGO or group with no country is no country
        return country == null ? null : new Referent(country, country, r.chain() + "+country", r.origin());
      }
      if (r.bareCountry()) {
        return new Referent(r.code() + sector, r.country(), r.chain() + "+" + sector, r.origin());
      }
      if (r.code().startsWith(sector, 3) || this == ORGANISATION && !person) {
        return r;
      }
      return null;
    }
  }
}
