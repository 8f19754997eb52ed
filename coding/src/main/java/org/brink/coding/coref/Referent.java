package org.brink.coding.coref;

import java.util.Objects;
import org.brink.core.TextRef;
import org.jspecify.annotations.Nullable;

/**
 * What a noun phrase stands for: the code a mention of it gets and where it was named.
 *
 * @param code the actor code, e.g. {@code "PAKMIL"}
 * @param country the three-letter country when the dictionary mention the chain starts from came
 *     from a country's name, adjective or capital; null for people, IGOs and groups
 * @param chain where it was named, nearest first, e.g. {@code "sentence 2 'it'->sentence 1 'Iran'"}
 * @param origin the dictionary mention the chain starts from: its words and where they stand
 */
record Referent(String code, @Nullable String country, String chain, TextRef origin) {
  Referent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(origin, "origin");
  }

  /** One link of a chain: {@code sentence 2 'It'}. */
  static String link(int sentence, String text) {
    return "sentence " + sentence + " '" + text + "'";
  }

  /** The same referent as reached through an anaphor written {@code text} in {@code sentence}. */
  Referent via(int sentence, String text) {
    return new Referent(code, country, link(sentence, text) + "->" + chain, origin);
  }

  /** Whether the code is a bare country ("IRN"), which a role noun may narrow to a sector. */
  boolean bareCountry() {
    return country != null && code.length() == 3;
  }
}
