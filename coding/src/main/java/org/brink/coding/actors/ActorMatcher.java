package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
   *    ("Iran-backed") or after "anti-", "pro-" or "non-" names no actor there; before "-led" it
   *    does ("Saudi-led coalition": the leader acts through it).
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
   *    government of Pakistan" -> PAKGOV, "the" left out); the agent may be a title followed by
   *    a name the dictionary does not know ("King Hassan of Morocco" -> MARGOV).
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
  /**
   * Words of rank or order between a country and its agent that say nothing of the sector:
   * "Dagolath's first deputy prime minister", "Iran's new foreign minister".
   */
  private static final Set<String> RANK_WORDS =
      Set.of(
          "first", "second", "new", "deputy", "acting", "senior", "top", "chief", "vice", "interim",
          "outgoing", "incoming");
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
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Found f = scan.at(i);
      if (f == null) {
        i++;
        continue;
      }
      if (f.code() != null) {
        found.add(f);
        Found second = scan.coordinatedAgent(f);
        if (second != null) {
          found.add(second);
          f = second;
        }
      }
      i = f.last() + 1;
    }
    shareAgents(found, tokens);
    List<ActorMention> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(scan.mention(f, Objects.requireNonNull(f.code(), "code")));
    }
    return Collections.unmodifiableList(out);
  }

  private static final Set<String> COORDINATORS = Set.of(",", "and", "or", "the");

  /**
   * Coordinated countries share the agent one of them has: "the ambassadors of Arnor, Osgiliath
   * and Gondor" are each country's envoys (the agent comes first), "Russian and Chinese
   * diplomats" both countries' (the agent comes last; only for an adjective, since in "Iran and
   * Iraqi officials" Iran is the state itself).
   */
  private static void shareAgents(List<Found> found, List<Token> tokens) {
    for (int k = 1; k < found.size(); k++) {
      Found prev = found.get(k - 1);
      Found cur = found.get(k);
      if (prev.shape() == Shape.AGENT_OF_COUNTRY && cur.shape() == Shape.BARE_COUNTRY && coordinated(prev, cur, tokens)) {
        found.set(k, shared(cur, prev));
      }
    }
    for (int k = found.size() - 2; k >= 0; k--) {
      Found cur = found.get(k);
      Found next = found.get(k + 1);
      if (next.shape() == Shape.COUNTRY_AGENT
          && cur.shape() == Shape.BARE_COUNTRY
          && tokens.get(cur.last()).pos().startsWith("JJ")
          && coordinated(cur, next, tokens)) {
        found.set(k, shared(cur, next));
      }
    }
  }

  /** The country of {@code bare} with the agent of {@code from}, shaped like {@code from}. */
  private static Found shared(Found bare, Found from) {
    String agent = Objects.requireNonNull(from.agent(), "agent");
    return new Found(
        bare.first(),
        bare.last(),
        withAgent(Objects.requireNonNull(bare.code(), "code"), agent),
        bare.entry() + "+" + from.agentEntry(),
        from.shape(),
        agent,
        from.agentEntry());
  }

  /** Whether only commas, "and", "or" and "the" stand between two mentions, and one does. */
  private static boolean coordinated(Found a, Found b, List<Token> tokens) {
    if (b.first() <= a.last() + 1) {
      return false;
    }
    boolean joined = false;
    for (int t = a.last() + 1; t < b.first(); t++) {
      String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
      if (!COORDINATORS.contains(w)) {
        return false;
      }
      joined |= !w.equals("the");
    }
    return joined;
  }

  /** Tokens {@code first..last} used up; a mention when {@code code} is not null. */
  private record Found(int first, int last, @Nullable String code, String entry, Shape shape, @Nullable String agent, String agentEntry) {
    Found(int first, int last, @Nullable String code, String entry) {
      this(first, last, code, entry, Shape.OTHER, null, "");
    }
  }

  /** How a mention was made, for sharing an agent between coordinated countries. */
  private enum Shape {
    /** A country alone: "Iraq", "Russian". */
    BARE_COUNTRY,
    /** A country and an agent after it: "Chinese diplomats". */
    COUNTRY_AGENT,
    /** An agent, a link and a country: "the ambassadors of Arnor". */
    AGENT_OF_COUNTRY,
    OTHER
  }

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
      if (p.kind() == PhraseKind.IGNORE || glued(d.first(), d.last()) || inPersonName(d.first(), d.last(), p)) {
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
      for (int r = k; a == null && r < Math.min(keys.length - 1, k + 2) && RANK_WORDS.contains(keys[r]); r++) {
        a = dictionary.agents().longest(keys, words, r + 1);
      }
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
      if (!p.kind().isCountry()) {
        return new Found(d.first(), last, code, entry.toString());
      }
      return a == null
          ? new Found(d.first(), last, code, entry.toString(), Shape.BARE_COUNTRY, null, "")
          : new Found(d.first(), last, code, entry.toString(), Shape.COUNTRY_AGENT, a.phrase().code(), a.phrase().location());
    }

    /**
     * "Danish media and government": an agent coordinated with the agent of a country's mention
     * is that country's too; null when none follows.
     */
    @Nullable Found coordinatedAgent(Found f) {
      int j = f.last() + 1;
      if (f.shape() != Shape.COUNTRY_AGENT || j + 1 >= keys.length || !(keys[j].equals("and") || keys[j].equals("or"))) {
        return null;
      }
      PhraseTrie.Hit a = dictionary.agents().longest(keys, words, j + 1);
      if (a == null || dictionary.actors().longest(keys, words, j + 1) != null) {
        return null;
      }
      int after = a.last() + 1;
      if (after + 1 < keys.length && AGENT_LINKS.contains(keys[after]) && agentFirst(j + 1) != null) {
        return null; // "Iranian officials and lawmakers of Iraq": the other agent has its own country
      }
      String agent = Objects.requireNonNull(a.phrase().code(), "agent code");
      String code = Objects.requireNonNull(f.code(), "code");
      String first = Objects.requireNonNull(f.agent(), "agent");
      // the country's place in the code: after a prefix agent ("NGO~" gives NGOARN)
      int at = first.endsWith("~") ? first.length() - 1 : 0;
      String country = code.substring(at, Math.min(code.length(), at + 3));
      return new Found(
          j + 1, a.last(), withAgent(country, agent), a.phrase().location(), Shape.COUNTRY_AGENT, agent, a.phrase().location());
    }

    private @Nullable Found agentFirst(int i) {
      PhraseTrie.Hit a = dictionary.agents().longest(keys, words, i);
      if (a == null) {
        return null;
      }
      int j = a.last() + 1;
      int name = nameRun(j);
      if (name > j && name + 1 < keys.length && keys[name].equals("of")
          && dictionary.actors().longest(keys, words, j) == null) {
        // "King Hassan of Morocco", "Foreign Minister Amr Moussa of Egypt": a title, a name the
        // dictionary does not know, "of" and a country
        j = name;
      }
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
          a.phrase().location() + "+" + c.phrase().location(),
          Shape.AGENT_OF_COUNTRY,
          agent,
          a.phrase().location());
    }

    /** The token after a run of up to four capitalised proper nouns starting at {@code i}. */
    private int nameRun(int i) {
      int j = i;
      while (j < keys.length && j - i < 4 && tokens.get(j).pos().startsWith("NNP") && !startsLower(words[j])) {
        j++;
      }
      return j;
    }

    /**
     * Whether a one-word country name or adjective is part of a person's name, as the tagger
     * reads it: "former energy minister German Galushchenko", "Michael Jordan".
     */
    private boolean inPersonName(int first, int last, Phrase p) {
      if (first != last || !p.kind().isCountry() || !isPerson(first)) {
        return false;
      }
      if (first + 1 < keys.length && dictionary.agents().longest(keys, words, first + 1) != null) {
        // "Pakistan President Mohammad Zia-ul-Haq": a title after the country says it is one,
        // however the tagger reads the name
        return false;
      }
      return (first + 1 < keys.length && isPersonName(first + 1))
          || (first > 0 && isPersonName(first - 1));
    }

    private boolean isPerson(int i) {
      return "PERSON".equals(tokens.get(i).ner());
    }

    /** A capitalised word, not a determiner, the tagger reads as (part of) a person's name. */
    private boolean isPersonName(int i) {
      return isPerson(i) && !startsLower(words[i]) && !tokens.get(i).pos().equals("DT");
    }

    /** Whether tokens first..last are glued into a larger word: "Iran-backed", "anti-Israel". */
    private boolean glued(int first, int last) {
      boolean after =
          last + 2 < keys.length
              && keys[last + 1].equals("-")
              && adjacent(last, last + 1)
              && adjacent(last + 1, last + 2)
              && startsLower(words[last + 2])
              // "Saudi-led coalition", "Vietnamese-led forces": the leader acts through them
              && !keys[last + 2].equals("led");
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
