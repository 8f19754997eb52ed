package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brink.core.Sentence;
import org.brink.core.Span;
import org.brink.core.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dictionary's actors in a tokenised sentence: non-overlapping mentions, left to right,
 * each the longest the dictionary allows.
 *
 * <p>Immutable and thread-safe; one matcher serves any number of threads.
 */
public final class ActorMatcher {
  /*
   * Implementation notes. At each token the matcher tries, in order:
   *
   * 1. The longest actor phrase starting there whose capitalisation fits (PhraseTrie); at "the",
   *    also the longest starting at the next token, which wins if it reaches further. An ignore
   *    phrase ("Paris Agreement") hides its words. A phrase glued by a hyphen to a lower-case word
   *    ("Iran-backed", "US-led") or after "anti-", "pro-" or "non-" names no actor there.
   * 2. After a phrase, an optional possessive ("'s", "'") and the longest agent noun: a country
   *    name, adjective or capital makes country + agent sector ("Pakistani military" -> PAKMIL,
   *    "Israel's army" -> ISRMIL); any other phrase absorbs the agent and keeps its code ("Hamas
   *    fighters" -> PSEREB). Further agent nouns right after are absorbed too ("foreign ministry
   *    spokesman"). A possessive with no agent after it stays out of the mention.
   * 3. After a country-derived mention, a person, group or seat of the same country right after it
   *    joins it and gives the code ("Iranian Foreign Minister Abbas Araghchi", "Lebanese
   *    Hezbollah"), unless its code is only a prefix of the mention's ("Bree Prime Minister
   *    Romendacil" with the person coded BRE stays BREGOV).
   * 4. With no actor phrase at the token: an agent noun, "of", and a country name ("the
   *    government of Pakistan" -> PAKGOV, "the" left out).
   *
   * A PETRARCH agent written [CODE~] puts its code before the country's instead ("NGOISR"). Phrases
   * read from PETRARCH files match in any case (Phrase.anyCase); Brink's own check capitalisation.
   *
   * A person's or group's code is the role containing the date (from <= date < until), else its
   * otherwise or header code; with a null date, the most recent role. A person with no code at the
   * date gives no mention, but their name's words are still used up.
   */

  private static final Set<String> POSSESSIVE = Set.of("'s", "'");
  /** Words between an agent and its country: "officials of Iran", "soldiers from Russia", "lawmakers in Iran". */
  private static final Set<String> AGENT_LINKS = Set.of("of", "from", "in");
  private static final Set<String> GLUED_PREFIXES = Set.of("anti", "pro", "non");

  private final ActorDictionary dictionary;

  public ActorMatcher(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /**
   * The actors mentioned in one sentence.
   *
   * @param sentence the sentence; its tokens' spans index {@code fullText}
   * @param fullText the cleaned text of the whole article, which the mentions' text is cut from
   * @param date the day the article speaks from, which decides people's and groups' dated codes;
   *     null takes each one's most recent role
   * @return the mentions, left to right, never overlapping; token indexes are positions in {@code
   *     sentence.tokens()}
   * @throws IllegalArgumentException when a token's span lies outside {@code fullText}
   */
  public List<ActorMention> find(Sentence sentence, String fullText, @Nullable LocalDate date) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(fullText, "fullText");
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    Scan scan = new Scan(tokens, fullText, date);
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Found f = scan.at(i);
      if (f == null) {
        i++;
        continue;
      }
      String code = f.code();
      if (code != null) {
        out.add(scan.mention(f, code));
      }
      i = f.last() + 1;
    }
    return Collections.unmodifiableList(out);
  }

  /** Tokens {@code first..last} used up; a mention when {@code code} is not null. */
  private record Found(int first, int last, @Nullable String code, String entry) {}

  /** One call's tokens, keys and date. */
  private final class Scan {
    private final List<Token> tokens;
    private final String text;
    private final @Nullable LocalDate date;
    private final String[] words;
    private final String[] keys;

    Scan(List<Token> tokens, String text, @Nullable LocalDate date) {
      this.tokens = tokens;
      this.text = text;
      this.date = date;
      int n = tokens.size();
      words = new String[n];
      keys = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        if (t.span().end() > text.length()) {
          throw new IllegalArgumentException(
              "token "
                  + i
                  + " '"
                  + t.word()
                  + "' ends at "
                  + t.span().end()
                  + ", past the end of the text ("
                  + text.length()
                  + " chars); pass the text the sentence's spans index");
        }
        words[i] = t.word();
        keys[i] = Words.key(t.word());
      }
    }

    @Nullable Found at(int i) {
      PhraseTrie.Hit d = dictionary.actors().longest(keys, words, i);
      if (keys[i].equals("the") && i + 1 < keys.length) {
        // "The Islamic Republic of Iran": a name without "the" may reach further than one with it
        PhraseTrie.Hit next = dictionary.actors().longest(keys, words, i + 1);
        if (next != null && (d == null || next.last() > d.last())) {
          d = next;
        }
      }
      return d != null ? direct(d) : agentFirst(i);
    }

    private Found direct(PhraseTrie.Hit d) {
      Phrase p = d.phrase();
      if (p.kind() == PhraseKind.IGNORE || glued(d.first(), d.last())) {
        return new Found(d.first(), d.last(), null, p.location());
      }
      String code = p.codeAt(date);
      if (code == null) {
        return new Found(d.first(), d.last(), null, p.location());
      }
      StringBuilder entry = new StringBuilder(p.provenance(date));
      int last = d.last();
      int k = last + 1;
      if (k < keys.length && POSSESSIVE.contains(keys[k])) {
        k++;
      }
      PhraseTrie.Hit a = k < keys.length ? dictionary.agents().longest(keys, words, k) : null;
      if (a != null) {
        if (p.kind().isCountry()) {
          code =
              withAgent(
                  code.substring(0, 3), Objects.requireNonNull(a.phrase().code(), "agent code"));
        }
        entry.append('+').append(a.phrase().location());
        last = a.last();
        PhraseTrie.Hit more;
        while (last + 1 < keys.length
            && (more = dictionary.agents().longest(keys, words, last + 1)) != null) {
          entry.append('+').append(more.phrase().location());
          last = more.last();
        }
      }
      if (p.kind().isCountry() && last + 1 < keys.length) {
        PhraseTrie.Hit r = dictionary.actors().longest(keys, words, last + 1);
        // a PETRARCH person with no roles is filed as a country name: "Bree Prime Minister
        // Romendacil", Romendacil [BRE], joins when a title came between
        boolean titledName = last > d.last() && r != null && r.phrase().kind() == PhraseKind.COUNTRY_NAME;
        if (r != null
            && (r.phrase().kind() == PhraseKind.ACTOR || r.phrase().kind() == PhraseKind.SEAT || titledName)
            && !glued(r.first(), r.last())) {
          String joined = r.phrase().codeAt(date);
          if (joined != null && joined.startsWith(code.substring(0, 3))) {
            entry.append('+').append(r.phrase().provenance(date));
            // "Bree Prime Minister Romendacil" with the person coded only BRE: the title's BREGOV
            // says more
            String best = code.startsWith(joined) ? code : joined;
            return new Found(d.first(), r.last(), best, entry.toString());
          }
        }
      }
      return new Found(d.first(), last, code, entry.toString());
    }

    private @Nullable Found agentFirst(int i) {
      PhraseTrie.Hit a = dictionary.agents().longest(keys, words, i);
      if (a == null) {
        return null;
      }
      int j = a.last() + 1;
      if (j + 1 >= keys.length || !AGENT_LINKS.contains(keys[j])) {
        return null;
      }
      String agent = Objects.requireNonNull(a.phrase().code(), "agent code");
      if (keys[j].equals("in") && agent.equals("MIL")) {
        // "soldiers in Ukraine" may be anyone's soldiers; "lawmakers in Iran" are Iran's
        return null;
      }
      j++;
      PhraseTrie.Hit c = dictionary.actors().longest(keys, words, j);
      if (c == null && keys[j].equals("the") && j + 1 < keys.length) {
        c = dictionary.actors().longest(keys, words, j + 1);
      }
      if (c == null || c.phrase().kind() != PhraseKind.COUNTRY_NAME || glued(c.first(), c.last())) {
        return null;
      }
      String country = Objects.requireNonNull(c.phrase().code(), "country code");
      return new Found(
          i,
          c.last(),
          withAgent(country, agent),
          a.phrase().location() + "+" + c.phrase().location());
    }

    /** Whether tokens first..last are glued into a larger word: "Iran-backed", "anti-Israel". */
    private boolean glued(int first, int last) {
      boolean after =
          last + 2 < keys.length
              && keys[last + 1].equals("-")
              && adjacent(last, last + 1)
              && adjacent(last + 1, last + 2)
              && startsLower(words[last + 2]);
      boolean before =
          first >= 2
              && keys[first - 1].equals("-")
              && adjacent(first - 2, first - 1)
              && adjacent(first - 1, first)
              && GLUED_PREFIXES.contains(keys[first - 2]);
      return after || before;
    }

    private boolean adjacent(int a, int b) {
      return tokens.get(a).span().end() == tokens.get(b).span().begin();
    }

    private ActorMention mention(Found f, String code) {
      Span span = new Span(tokens.get(f.first()).span().begin(), tokens.get(f.last()).span().end());
      return new ActorMention(code, f.first(), f.last(), span, span.of(text), f.entry());
    }
  }

  /**
   * A country's code with an agent's: the agent's sector appended ("PAK" and "MIL": PAKMIL), or,
   * for a PETRARCH agent written {@code [CODE~]} and stored as {@code "CODE~"}, put before it
   * ("NGO~" and "ISR": NGOISR).
   */
  static String withAgent(String country, String agent) {
    return agent.endsWith("~") ? agent.substring(0, agent.length() - 1) + country : country + agent;
  }

  private static boolean startsLower(String word) {
    for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }
}
