package org.brink.coding.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.brink.coding.actors.petrarch.DatedCode;
import org.brink.coding.actors.petrarch.PetrarchActor;
import org.brink.coding.actors.petrarch.PetrarchAgent;
import org.brink.coding.actors.petrarch.PetrarchDiscard;
import org.brink.coding.actors.petrarch.PetrarchName;
import org.jspecify.annotations.Nullable;

/**
 * Files entries read from PETRARCH dictionaries into a {@link DictionaryParser}'s entries and
 * tries, after Brink's own.
 *
 * <p>Implementation notes. An actor whose only code is an undated three-letter one ({@code
 * AFGHANISTAN [AFG]}, {@code GONDOR [GON]}) becomes a country: its names combine with a following
 * agent into the code and the agent's sector ({@code AFGMIL}), as PETRARCH appends agents. Any
 * other actor becomes a group (or, with no undated code, a person) whose code is looked up at the
 * date; an agent after it is absorbed and the code stays, as for Brink's own groups. Agents keep
 * their code, with a trailing {@code ~} for those PETRARCH puts before the country's; discards
 * become ignore phrases. A name another entry already lists is skipped with a note: the first
 * source to list a phrase keeps it.
 */
final class PetrarchEntries {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  private PetrarchEntries() {}

  static void addActors(DictionaryParser parser, List<PetrarchActor> actors, List<String> notes) {
    for (PetrarchActor a : actors) {
      String code = a.code();
      boolean country = code != null && a.roles().isEmpty() && COUNTRY.matcher(code).matches();
      EntryKind kind =
          country ? EntryKind.COUNTRY : code != null ? EntryKind.GROUP : EntryKind.PERSON;
      List<Role> roles = new ArrayList<>();
      for (DatedCode d : a.roles()) {
        roles.add(new Role(d.code(), d.from(), d.until(), d.location()));
      }
      Entry entry = new Entry(kind, code, a.names().get(0).text(), a.location(), roles, null);
      parser.addEntry(entry);
      PhraseKind phraseKind = country ? PhraseKind.COUNTRY_NAME : PhraseKind.ACTOR;
      for (PetrarchName name : a.names()) {
        file(parser, entry, phraseKind, name, country ? code : null, notes);
      }
    }
  }

  static void addAgents(DictionaryParser parser, List<PetrarchAgent> agents, List<String> notes) {
    for (PetrarchAgent a : agents) {
      String code = a.prefix() ? a.code() + "~" : a.code();
      Entry entry =
          new Entry(EntryKind.AGENT, code, a.names().get(0).text(), a.location(), List.of(), null);
      parser.addEntry(entry);
      for (PetrarchName name : a.names()) {
        file(parser, entry, PhraseKind.AGENT, name, code, notes);
      }
    }
  }

  static void addDiscards(
      DictionaryParser parser, List<PetrarchDiscard> discards, List<String> notes) {
    for (PetrarchDiscard d : discards) {
      PetrarchName name = d.name();
      Entry entry =
          new Entry(EntryKind.IGNORE, null, name.text(), name.location(), List.of(), null);
      parser.addEntry(entry);
      file(parser, entry, PhraseKind.IGNORE, name, null, notes);
    }
  }

  private static void file(
      DictionaryParser parser,
      Entry entry,
      PhraseKind kind,
      PetrarchName name,
      @Nullable String code,
      List<String> notes) {
    String earlier = parser.fileLenient(entry, kind, name.text(), code, name.location());
    if (earlier != null) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %s already listed, skipped: '%s'; %s lists it first, and the first listing is"
                  + " kept",
              name.location(),
              kind == PhraseKind.AGENT ? "agent" : "name",
              name.text(),
              earlier));
    }
  }
}
