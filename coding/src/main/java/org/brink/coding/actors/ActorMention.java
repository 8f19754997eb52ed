package org.brink.coding.actors;

import java.util.Objects;
import org.brink.core.Span;
import org.brink.core.TextRef;
import org.jspecify.annotations.Nullable;

/**
 * One actor found in a sentence.
 *
 * @param code the CAMEO actor code at the article's date, e.g. {@code "PAKMIL"}, {@code "USAGOV"}
 * @param first the index of the first token of the mention within its sentence
 * @param last the index of the last token, inclusive
 * @param span where the mention stands in the cleaned text: from the first token's start to the
 *     last token's end
 * @param text the covered cleaned text, {@code span.of(fullText)}
 * @param entry the dictionary lines that matched, as {@code "file:LINE"}, joined with {@code "+"}
 *     when several made the code, e.g. {@code "countries.txt:812+agents.txt:31"}
 * @param antecedent for a mention coreference added on an anaphor ("he", "the ministry"), the
 *     dictionary mention it stands for ("Antony Blinken"); null for a dictionary mention
 */
public record ActorMention(
    String code, int first, int last, Span span, String text, String entry, @Nullable TextRef antecedent) {
  /** A mention the dictionary made. */
  public ActorMention(String code, int first, int last, Span span, String text, String entry) {
    this(code, first, last, span, text, entry, null);
  }

  public ActorMention {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("empty actor code");
    }
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad token range " + first + ".." + last);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text '" + text + "' does not fit span [" + span.begin() + ", " + span.end() + ")");
    }
  }

  /** Whether token {@code token} of the sentence is one of the mention's. */
  public boolean covers(int token) {
    return first <= token && token <= last;
  }

  /** The words this mention stands for: the antecedent's, or its own. */
  public TextRef origin() {
    return antecedent != null ? antecedent : new TextRef(text, span);
  }

  /** The country part of the code: "IRN" of "IRNGOV"; "IGO" of an IGO's. */
  public String country() {
    return org.brink.core.ActorRef.countryOf(code);
  }

  /**
   * Whether a country entry (a name, adjective, capital or seat) made the mention, first or after
   * an agent ("officials in Pakistan": {@code agents.txt:N+countries.txt:M}).
   */
  public boolean namesCountry() {
    return isCountryFirst() || entry.contains("+" + COUNTRY_FILE);
  }

  /**
   * Whether the mention starts with its country entry ("Pakistan", "Pakistani military"), so that
   * its text is a country's name, not an agent's phrase ("officials in Pakistan").
   */
  public boolean isCountryFirst() {
    return entry.startsWith(COUNTRY_FILE);
  }

  /** The bundled dictionary file of countries, capitals and seats of power. */
  public static final String COUNTRY_FILE = "countries.txt";
}
