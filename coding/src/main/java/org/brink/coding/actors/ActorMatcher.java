package org.brink.coding.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
   *    spokesman"). Words of rank and lower-case adjectives may stand before the agent ("Iran's
   *    outspoken foreign minister"). A possessive with no agent after it stays out of the mention.
   *    A PETRARCH name instead takes every agent's code on its whole code, as PETRARCH combines
   *    them ("Danish Islamist media" -> DNKMUSMED).
   * 3. After a country-derived mention, a person, group or seat of the same country right after it
   *    joins it and gives the code ("Iranian Foreign Minister Abbas Araghchi", "Lebanese
   *    Hezbollah"), unless its code is only a prefix of the mention's ("Bree Prime Minister
   *    Romendacil" with the person coded BRE stays BREGOV).
   * 4. With no actor phrase at the token: an agent noun, "of", and a country name ("the
   *    government of Pakistan" -> PAKGOV, "the" left out); the agent may be a title followed by
   *    a name the dictionary does not know ("King Hassan of Morocco" -> MARGOV).
   *
   * A PETRARCH agent written [CODE~] puts its code before the country's instead ("NGOISR"), also
   * when it stands right before the country ("MSF Arnor" -> NGOARN). A token of words joined by
   * underscores ("Dol_Amroth") matches a name as those words. Phrases
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
    agentsBefore(found, scan);
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

  /**
   * "Lawmakers and officials in Iran and Iraq": an agent coordinated before an agent of a country
   * is of that country too, and of the countries that share its agent; these then carry both codes
   * (IRNLEG for "Lawmakers", IRNGOV, and IRQGOV/IRQLEG for "Iraq").
   */
  private static void agentsBefore(List<Found> found, Scan scan) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (f.shape() != Shape.AGENT_OF_COUNTRY || !scan.opensWithAgent(f)) {
        continue;
      }
      Found before = scan.agentBefore(f, k == 0 ? -1 : found.get(k - 1).last());
      if (before == null) {
        continue;
      }
      String second = Objects.requireNonNull(before.agent(), "agent");
      String first = Objects.requireNonNull(f.agent(), "agent");
      found.add(k, before);
      k++;
      for (int m = k + 1; m < found.size(); m++) {
        Found g = found.get(m);
        if (g.shape() != Shape.AGENT_OF_COUNTRY
            || scan.opensWithAgent(g)
            || !g.agentEntry().equals(f.agentEntry())
            || g.code() == null
            || !g.code().endsWith(first)) {
          break;
        }
        String country = g.code().substring(0, g.code().length() - first.length());
        found.set(m, new Found(g.first(), g.last(), g.code() + "/" + withAgent(country, second), g.entry(), g.shape(), g.agent(), g.agentEntry()));
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

  /**
   * A sentence's words with each underscore-joined token ("Dol_Amroth") cut into its parts:
   * {@code start[i]} is the first part of token {@code i}, {@code token[k]} the token of part
   * {@code k}.
   */
  private record Joined(String[] keys, String[] words, int[] start, int[] token) {
    static @Nullable Joined of(String[] words, String[] keys) {
      boolean any = false;
      for (String k : keys) {
        any |= k.length() > 2 && k.indexOf('_') > 0 && k.lastIndexOf('_') < k.length() - 1;
      }
      if (!any) {
        return null;
      }
      List<String> partKeys = new ArrayList<>();
      List<String> partWords = new ArrayList<>();
      List<Integer> token = new ArrayList<>();
      int[] start = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        start[i] = partKeys.size();
        String[] k = keys[i].split("_");
        String[] w = words[i].split("_");
        boolean cut = k.length > 1 && k.length == w.length && !Arrays.asList(k).contains("");
        for (int p = 0; p < (cut ? k.length : 1); p++) {
          partKeys.add(cut ? k[p] : keys[i]);
          partWords.add(cut ? w[p] : words[i]);
          token.add(i);
        }
      }
      return new Joined(
          partKeys.toArray(String[]::new),
          partWords.toArray(String[]::new),
          start,
          token.stream().mapToInt(Integer::intValue).toArray());
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
    /** The words with underscore-joined tokens cut at their underscores; null when there are none. */
    private final @Nullable Joined joined;

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
      joined = Joined.of(words, keys);
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
      if (joined != null) {
        PhraseTrie.Hit x = joined(i);
        if (x != null && (d == null || x.last() > d.last())) {
          d = x;
        }
      }
      if (d == null) {
        Found led = ledBy(i);
        if (led != null) {
          return led;
        }
      }
      return d != null ? direct(d) : agentFirst(i);
    }

    /**
     * A token "X-led" kept whole by the tokenizer, X a country, group or person the dictionary
     * knows: the leader acts through what it leads ("the Saudi-led coalition" is SAU's, as
     * "Saudi - led" is when split; see {@link #glued}). Null for any other token.
     */
    private @Nullable Found ledBy(int i) {
      String word = words[i];
      if (!keys[i].endsWith("-led") || word.length() <= 4) {
        return null;
      }
      String leader = word.substring(0, word.length() - 4);
      PhraseTrie.Hit h =
          dictionary.actors().longest(new String[] {Words.key(leader)}, new String[] {leader}, 0);
      if (h == null || h.last() != 0 || h.phrase().kind() == PhraseKind.IGNORE) {
        return null;
      }
      String code = h.phrase().codeAt(date);
      return code == null ? null : new Found(i, i, code, h.phrase().provenance(date));
    }

    /**
     * The longest actor phrase from token {@code i} when words written joined by underscores, as
     * PETRARCH writes names ("the Prince of Dol_Amroth" for PRINCE OF DOL AMROTH), count as words
     * of their own; a phrase must end where a token ends. Null when none.
     */
    private PhraseTrie.@Nullable Hit joined(int i) {
      Joined j = Objects.requireNonNull(joined, "joined");
      PhraseTrie.Hit h = dictionary.actors().longest(j.keys(), j.words(), j.start()[i]);
      if (h == null) {
        return null;
      }
      int last = j.token()[h.last()];
      boolean endsWithToken = h.last() + 1 == j.keys().length || j.token()[h.last() + 1] != last;
      return endsWithToken ? new PhraseTrie.Hit(h.phrase(), i, last) : null;
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
      boolean described = false;
      for (int r = k; a == null && r < Math.min(keys.length - 1, k + 4) && describesAgent(r, k); r++) {
        described |= !RANK_WORDS.contains(keys[r]);
        a = dictionary.agents().longest(keys, words, r + 1);
        if (a != null && described && !tokens.get(a.last()).pos().startsWith("NN")) {
          // after a description the agent must be a noun: in "Sudan's international civilian
          // airport", "civilian" describes the airport
          a = null;
          break;
        }
      }
      // the agent whose code ends the mention's: the first, or for a PETRARCH name the last
      String lastAgent = a == null ? null : a.phrase().code();
      if (a != null) {
        String agent = Objects.requireNonNull(a.phrase().code(), "agent code");
        if (p.anyCase()) {
          // a PETRARCH name keeps its whole code and takes every agent after it ("Danish Islamist
          // media": DNK, MUS, MED), as PETRARCH combines them
          code = stacked(code, agent);
        } else if (p.kind().isCountry()) {
          code = withAgent(code.substring(0, 3), agent);
        }
        entry.append('+').append(a.phrase().location());
        last = a.last();
        PhraseTrie.Hit more;
        while (last + 1 < keys.length
            && (more = dictionary.agents().longest(keys, words, last + 1)) != null) {
          entry.append('+').append(more.phrase().location());
          if (p.anyCase()) {
            String moreCode = Objects.requireNonNull(more.phrase().code(), "agent code");
            String before = code;
            code = stacked(code, moreCode);
            if (!code.equals(before)) {
              lastAgent = moreCode;
            }
          }
          last = more.last();
        }
        last = organisationName(last);
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
          : new Found(d.first(), last, code, entry.toString(), Shape.COUNTRY_AGENT, lastAgent, a.phrase().location());
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
      // the country's place in the code: after a prefix agent ("NGO~" gives NGOARN); before the
      // last agent of a PETRARCH name's stacked code ("Danish Islamist media and government":
      // DNKMUSMED, then DNKMUS with GOV)
      int at = first.endsWith("~") ? first.length() - 1 : 0;
      String country =
          !first.endsWith("~") && code.length() > first.length() + 3 && code.endsWith(first)
              ? code.substring(0, code.length() - first.length())
              : code.substring(at, Math.min(code.length(), at + 3));
      return new Found(
          j + 1, a.last(), withAgent(country, agent), a.phrase().location(), Shape.COUNTRY_AGENT, agent, a.phrase().location());
    }

    /** Whether the mention starts with an agent ("officials in Iran", not "Iraq" sharing one). */
    boolean opensWithAgent(Found f) {
      return dictionary.agents().longest(keys, words, f.first()) != null;
    }

    /**
     * An agent right before "and"/"or" and the agent-of-country mention {@code f}, after token
     * {@code after}: of the same country ("Lawmakers and officials in Iran"); null when none.
     */
    @Nullable Found agentBefore(Found f, int after) {
      int and = f.first() - 1;
      String first = f.agent();
      String code = f.code();
      if (and - 1 <= after || first == null || code == null || first.endsWith("~") || !code.endsWith(first)
          || !(keys[and].equals("and") || keys[and].equals("or"))) {
        return null;
      }
      PhraseTrie.Hit own = dictionary.agents().longest(keys, words, f.first());
      String link = own == null || own.last() + 1 >= keys.length ? "" : keys[own.last() + 1];
      for (int j = Math.max(after + 1, and - 4); j < and; j++) {
        PhraseTrie.Hit a = dictionary.agents().longest(keys, words, j);
        if (a == null || a.last() != and - 1) {
          continue;
        }
        String agent = Objects.requireNonNull(a.phrase().code(), "agent code");
        if (agent.endsWith("~") || (link.equals("in") && agent.equals("MIL"))) {
          return null;
        }
        String country = code.substring(0, code.length() - first.length());
        return new Found(
            j, a.last(), withAgent(country, agent), a.phrase().location() + "+" + f.entry(), Shape.OTHER, agent, a.phrase().location());
      }
      return null;
    }

    private @Nullable Found agentFirst(int i) {
      PhraseTrie.Hit a = dictionary.agents().longest(keys, words, i);
      if (a == null) {
        return null;
      }
      int j = a.last() + 1;
      Found prefixed = prefixed(a, j);
      if (prefixed != null) {
        return prefixed;
      }
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
      if (c == null || glued(c.first(), c.last())) {
        return null;
      }
      String country;
      if (c.phrase().kind() == PhraseKind.COUNTRY_NAME) {
        country = Objects.requireNonNull(c.phrase().code(), "country code");
      } else if (c.phrase().anyCase() && c.phrase().kind() != PhraseKind.IGNORE && c.phrase().codeAt(date) != null) {
        // any PETRARCH name takes the agent, as PETRARCH combines them ("human rights activists
        // of Gonzo GMO": GONGMO with OPP)
        return new Found(
            i,
            c.last(),
            stacked(Objects.requireNonNull(c.phrase().codeAt(date), "code"), agent),
            a.phrase().location() + "+" + c.phrase().provenance(date));
      } else {
        return null;
      }
      return new Found(
          i,
          c.last(),
          withAgent(country, agent),
          a.phrase().location() + "+" + c.phrase().location(),
          Shape.AGENT_OF_COUNTRY,
          agent,
          a.phrase().location());
    }

    /**
     * The last token of an organisation's proper name that a country and a capitalised agent
     * open: "the Nigerian Union of Teachers", "the Kenyan Federation of Trade Unions" run through
     * their of-phrase, a run of capitalised proper nouns that names no actor or person of its own
     * ("the Iraqi Minister of Defence" does; "the Nigerian Union of Ghana" does not), so a parse
     * that hangs the verb on "Teachers" still finds the union. {@code last} when no such phrase
     * follows the agent ending at {@code last}.
     */
    private int organisationName(int last) {
      int of = last + 1;
      if (of + 1 >= keys.length
          || !keys[of].equals("of")
          || startsLower(words[last])) {
        return last;
      }
      // capitalised nouns, however the tagger reads them ("Teachers" is NNS as often as NNPS)
      int end = of + 1;
      while (end < keys.length && end - of <= 4 && tokens.get(end).pos().startsWith("NN") && !startsLower(words[end])) {
        end++;
      }
      if (end == of + 1) {
        return last;
      }
      for (int t = of + 1; t < end; t++) {
        if (isPerson(t) || dictionary.actors().longest(keys, words, t) != null) {
          return last;
        }
      }
      return end - 1;
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
     * An agent whose code goes before a country's (PETRARCH's {@code [NGO~]}) right before a
     * country's mention: "MSF Arnor" is NGOARN, "an MSF Arnor diplomat" NGOARNGOV. Null when no
     * country follows or the agent's code goes after the country's.
     */
    private @Nullable Found prefixed(PhraseTrie.Hit a, int j) {
      String agent = Objects.requireNonNull(a.phrase().code(), "agent code");
      if (!agent.endsWith("~") || j >= keys.length) {
        return null;
      }
      PhraseTrie.Hit c = dictionary.actors().longest(keys, words, j);
      if (c == null || c.phrase().kind() != PhraseKind.COUNTRY_NAME) {
        return null;
      }
      Found country = direct(c);
      String code = country.code();
      return code == null
          ? null
          : new Found(a.first(), country.last(), stacked(code, agent), a.phrase().location() + "+" + country.entry());
    }

    /**
     * Whether token {@code r}, between a country at {@code k - 1} and an agent, is a word of rank
     * ("Iran's new foreign minister") or a lower-case adjective that names no actor ("Iran's
     * outspoken foreign minister", "Ithilen's awful and evil minister"), or joins two such.
     */
    private boolean describesAgent(int r, int k) {
      if (RANK_WORDS.contains(keys[r]) || describing(r)) {
        return true;
      }
      return r > k && r + 1 < keys.length && (keys[r].equals("and") || keys[r].equals(",")) && describing(r - 1) && describing(r + 1);
    }

    private boolean describing(int r) {
      return tokens.get(r).pos().startsWith("JJ")
          && startsLower(words[r])
          && dictionary.actors().longest(keys, words, r) == null;
    }

    /**
     * Whether a one-word phrase is part of another person's name, as the tagger reads it: a country
     * name or adjective ("former energy minister German Galushchenko", "Michael Jordan"), or a
     * listed person's bare surname or first name beside a name word that is not theirs ("Ahmed
     * Nasser" is not Gamal Abdel Nasser, "Isabel Allende" not Salvador Allende; "President
     * Kennedy" and "Mr. Kennedy" are, as a title is no name word).
     */
    private boolean inPersonName(int first, int last, Phrase p) {
      boolean bareName =
          p.entry().kind() == EntryKind.PERSON && !p.anyCase() && p.words().size() == 1;
      if (first != last || !(p.kind().isCountry() || bareName) || !isPerson(first)) {
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

  /**
   * An agent's code added to a PETRARCH actor's whole code, as PETRARCH combines them: after it,
   * or before it for {@code [CODE~]}, and not again when the code already holds it as one of its
   * three-letter parts ("USAGOV" and "GOV" stay "USAGOV"; "GMWGOV" and "WGO" make "GMWGOVWGO").
   */
  static String stacked(String code, String agent) {
    String bare = agent.endsWith("~") ? agent.substring(0, agent.length() - 1) : agent;
    for (int at = 0; at + bare.length() <= code.length(); at += 3) {
      if (code.startsWith(bare, at)) {
        return code;
      }
    }
    return agent.endsWith("~") ? bare + code : code + bare;
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
