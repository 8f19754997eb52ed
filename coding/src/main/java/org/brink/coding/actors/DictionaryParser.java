package org.brink.coding.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads actor dictionary files (format: docs/actor-dictionary.md) into entries and two phrase
 * tries, one for actor phrases and one for agent nouns, collecting every problem before failing.
 * Entries read from PETRARCH files are added after Brink's own with {@link #addEntry} and {@link
 * #fileLenient}, which skip a phrase already listed instead of failing.
 */
final class DictionaryParser {
  private static final Pattern HEADER =
      Pattern.compile("\\[([^\\]\\s]*)(?:\\s+([^\\]]*?))?\\s*\\](.*)");
  private static final Pattern FIELD = Pattern.compile("\\s+([A-Za-z-]+):(.*)");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}(?:[A-Z0-9]{3})*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ROLE = Pattern.compile("(\\S+)\\s+(\\S*)\\.\\.(\\S*)");
  private static final Pattern SEAT = Pattern.compile("(.*?)\\s*->\\s*(\\S*)");

  private static final String DUPLICATE_HINT =
      "each phrase may be listed once (a leading 'the' is optional, so 'the X' lists 'X' too)";

  /** What a finished parse holds. */
  record Result(List<Entry> entries, PhraseTrie actors, PhraseTrie agents) {}

  private final List<String> problems = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private final PhraseTrie actors = new PhraseTrie();
  private final PhraseTrie agents = new PhraseTrie();

  /** Where each phrase key was first listed, and by which entry. */
  private final Map<String, Listed> firstListed = new HashMap<>();

  /** The first listing of a phrase key: "file:LINE" and its entry. */
  private record Listed(String location, Entry entry) {}

  /** One way of writing a phrase: its words, and the text shown when it is listed twice. */
  private record Form(List<String> words, String shown) {}

  private @Nullable Pending pending;

  /** A phrase read from a line, filed when its entry is complete. */
  private record PendingPhrase(PhraseKind kind, String text, @Nullable String code, int line) {}

  /** An entry being read: its header and the fields seen so far. */
  private static final class Pending {
    final EntryKind kind;
    final @Nullable String code;
    final String label;
    final String source;
    final int line;
    final List<Role> roles = new ArrayList<>();
    @Nullable String otherwise;

    /** Whether a line of the entry had a problem, so its follow-on checks would only repeat it. */
    boolean broken;

    /** Phrases waiting for the entry to be complete. */
    final List<PendingPhrase> phrases = new ArrayList<>();

    Pending(EntryKind kind, @Nullable String code, String label, String source, int line) {
      this.kind = kind;
      this.code = code;
      this.label = label;
      this.source = source;
      this.line = line;
    }
  }

  Result parse(List<NamedSource> sources) {
    read(sources);
    if (!problems.isEmpty()) {
      throw new ActorDictionaryException(problems);
    }
    return result();
  }

  /** Reads files in Brink's format, collecting their problems in {@link #problems()}. */
  void read(List<NamedSource> sources) {
    for (NamedSource s : sources) {
      String[] lines = s.text().split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        line(s.name(), i + 1, lines[i]);
      }
      finish();
    }
  }

  /** Every problem found in Brink-format files so far. */
  List<String> problems() {
    return problems;
  }

  Result result() {
    return new Result(entries, actors, agents);
  }

  /** Adds an entry read from another format; its phrases are filed with {@link #fileLenient}. */
  void addEntry(Entry entry) {
    entries.add(entry);
  }

  /**
   * Files a phrase read from a PETRARCH file, matched in any case, unless another entry lists it
   * already: then nothing of it is filed, and the earlier listing's "file:LINE" is returned. Forms
   * its own entry lists already are left out quietly.
   */
  @Nullable String fileLenient(
      Entry entry, PhraseKind kind, String text, @Nullable String code, String location) {
    String space = kind == PhraseKind.AGENT ? "agent " : "";
    List<Form> forms = forms(text);
    List<String> keys = new ArrayList<>();
    for (Form f : forms) {
      String key = space + String.join(" ", f.words().stream().map(Words::key).toList());
      Listed earlier = firstListed.get(key);
      if (earlier != null && earlier.entry() != entry) {
        return earlier.location();
      }
      keys.add(key);
    }
    PhraseTrie trie = kind == PhraseKind.AGENT ? agents : actors;
    for (int i = 0; i < forms.size(); i++) {
      if (firstListed.putIfAbsent(keys.get(i), new Listed(location, entry)) == null) {
        trie.add(new Phrase(entry, kind, forms.get(i).words(), code, location, true));
      }
    }
    return null;
  }

  private void line(String source, int number, String raw) {
    String line = stripComment(raw);
    if (line.isBlank()) {
      return;
    }
    if (line.startsWith("[")) {
      finish();
      header(source, number, line.strip());
      return;
    }
    Matcher f = FIELD.matcher(line);
    if (!f.matches()) {
      problem(
          source,
          number,
          "cannot read line",
          line.strip(),
          "an entry starts with '[kind CODE] Name' at the start of a line; its fields are"
              + " indented 'key: value' lines");
      return;
    }
    Pending p = pending;
    String key = f.group(1);
    String value = f.group(2).strip();
    if (p == null) {
      problem(
          source,
          number,
          "field outside an entry",
          key + ":",
          "start an entry with a '[kind CODE] Name' line first");
      return;
    }
    if (!p.kind.allows(key)) {
      problem(
          source,
          number,
          "unknown key for " + p.kind.word(),
          key,
          "valid keys: " + p.kind.keyList());
      return;
    }
    switch (key) {
      case "names" ->
          names(p, number, value, p.kind == EntryKind.COUNTRY ? PhraseKind.COUNTRY_NAME : null);
      case "adjectives" -> names(p, number, value, PhraseKind.COUNTRY_ADJECTIVE);
      case "capitals" -> names(p, number, value, PhraseKind.CAPITAL);
      case "seat" -> seat(p, number, value);
      case "role" -> role(p, number, value);
      case "otherwise" -> otherwise(p, number, value);
      default -> throw new IllegalStateException("key allowed but not handled: " + key);
    }
  }

  private void header(String source, int number, String line) {
    Matcher m = HEADER.matcher(line);
    if (!m.matches()) {
      problem(source, number, "cannot read entry header", line, "write '[kind CODE] Name'");
      return;
    }
    String kindWord = m.group(1);
    String code = m.group(2);
    String label = m.group(3).strip();
    EntryKind kind = kindOf(kindWord);
    if (kind == null) {
      problem(source, number, "unknown entry kind", kindWord, "use one of " + EntryKind.wordList());
      return;
    }
    if (kind.takesCode() && code == null) {
      problem(
          source,
          number,
          kindWord + " entry without a code",
          line,
          "write '[" + kindWord + " CODE] " + (label.isEmpty() ? "Name" : label) + "'");
      return;
    }
    if (!kind.takesCode() && code != null) {
      problem(
          source,
          number,
          kindWord + " entry with a code",
          code,
          kind == EntryKind.PERSON
              ? "a person's codes come from role: and otherwise: lines; write '[person] "
                  + label
                  + "'"
              : "write '[ignore] Phrase'");
      return;
    }
    if (code != null) {
      Pattern shape = kind == EntryKind.COUNTRY ? COUNTRY : CODE;
      if (!shape.matcher(code).matches()) {
        problem(
            source,
            number,
            "bad " + kindWord + " code",
            code,
            kind == EntryKind.COUNTRY
                ? "a country code is three capital letters, e.g. IRN"
                : "codes are capital letters in groups of three, e.g. PSEREB");
        return;
      }
    }
    if (label.isEmpty()) {
      problem(
          source, number, "entry without a name", line, "write the main name after the brackets");
      return;
    }
    Pending p = new Pending(kind, code, label, source, number);
    pending = p;
    PhraseKind labelKind =
        switch (kind) {
          case COUNTRY -> PhraseKind.COUNTRY_NAME;
          case AGENT -> PhraseKind.AGENT;
          case IGNORE -> PhraseKind.IGNORE;
          default -> PhraseKind.ACTOR;
        };
    p.phrases.add(new PendingPhrase(labelKind, label, code(labelKind, code), number));
  }

  private static @Nullable EntryKind kindOf(String word) {
    for (EntryKind k : EntryKind.values()) {
      if (k.word().equals(word)) {
        return k;
      }
    }
    return null;
  }

  /** The fixed code of a phrase, or null when the entry's code at the date decides. */
  private static @Nullable String code(PhraseKind phraseKind, @Nullable String code) {
    return switch (phraseKind) {
      case COUNTRY_NAME, COUNTRY_ADJECTIVE, AGENT, SEAT -> code;
      case CAPITAL -> code == null ? null : code + "GOV";
      case IGNORE, ACTOR -> null;
    };
  }

  private void names(Pending p, int number, String value, @Nullable PhraseKind kind) {
    PhraseKind k =
        kind != null
            ? kind
            : switch (p.kind) {
              case AGENT -> PhraseKind.AGENT;
              case IGNORE -> PhraseKind.IGNORE;
              default -> PhraseKind.ACTOR;
            };
    for (String name : list(p.source, number, value)) {
      p.phrases.add(new PendingPhrase(k, name, code(k, p.code), number));
    }
  }

  private List<String> list(String source, int number, String value) {
    List<String> out = new ArrayList<>();
    if (value.isEmpty()) {
      problem(source, number, "empty list", value, "write names separated by ' | '");
      return out;
    }
    for (String part : value.split("\\|", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        problem(source, number, "empty name in list", value, "remove the extra '|'");
      } else {
        out.add(name);
      }
    }
    return out;
  }

  private void seat(Pending p, int number, String value) {
    Matcher m = SEAT.matcher(value);
    if (!m.matches()) {
      problem(
          p.source,
          number,
          "seat without a code",
          value,
          "write 'seat: the White House | the Oval Office -> USAGOV'");
      return;
    }
    String code = m.group(2);
    String country = p.code == null ? "" : p.code;
    if (!CODE.matcher(code).matches() || !code.startsWith(country)) {
      problem(
          p.source,
          number,
          "bad seat code",
          code,
          "a seat's code is the country's code and sectors, e.g. " + country + "GOV");
      return;
    }
    for (String name : list(p.source, number, m.group(1))) {
      p.phrases.add(new PendingPhrase(PhraseKind.SEAT, name, code, number));
    }
  }

  private void role(Pending p, int number, String value) {
    Matcher m = ROLE.matcher(value);
    String example = "write 'role: CODE FROM..UNTIL', e.g. 'role: USAGOV 2021-01-26..2025-01-20'";
    if (!m.matches()) {
      problem(p.source, number, "cannot read role", value, example);
      return;
    }
    String code = m.group(1);
    if (!CODE.matcher(code).matches()) {
      problem(
          p.source,
          number,
          "bad role code",
          code,
          "codes are capital letters in groups of three, e.g. USAGOV");
      return;
    }
    if (p.kind == EntryKind.COUNTRY && !COUNTRY.matcher(code).matches()) {
      problem(
          p.source,
          number,
          "bad role code",
          code,
          "a country's role is the state it belonged to then, a three-letter code: 'role: SDN ..2011-07-09'");
      return;
    }
    LocalDate from = date(p, number, m.group(2));
    LocalDate until = date(p, number, m.group(3));
    if ((!m.group(2).isEmpty() && from == null) || (!m.group(3).isEmpty() && until == null)) {
      return;
    }
    if (from == null && until == null) {
      problem(
          p.source,
          number,
          "role without dates",
          value,
          p.kind == EntryKind.PERSON
              ? "use 'otherwise: " + code + "' for a code that always applies"
              : "put a code that always applies in the header");
      return;
    }
    if (from != null && until != null && !from.isBefore(until)) {
      problem(
          p.source,
          number,
          "role ends before it starts",
          value,
          "the end date is the first day the role no longer applies");
      return;
    }
    Role role = new Role(code, from, until, p.source + ":" + number);
    for (Role other : p.roles) {
      if (other.overlaps(role)) {
        problem(
            p.source,
            number,
            "role overlaps another",
            value,
            "the role at " + other.location() + " covers some of the same days");
        return;
      }
    }
    p.roles.add(role);
  }

  private @Nullable LocalDate date(Pending p, int number, String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(p.source, number, "bad date in role", value, "write YYYY-MM-DD");
      return null;
    }
  }

  private void otherwise(Pending p, int number, String value) {
    if (!CODE.matcher(value).matches()) {
      problem(
          p.source,
          number,
          "bad otherwise code",
          value,
          "codes are capital letters in groups of three, e.g. USAELI");
      return;
    }
    if (p.otherwise != null) {
      problem(p.source, number, "second otherwise code", value, "a person has one otherwise code");
      return;
    }
    p.otherwise = value;
  }

  /** Completes the pending entry: validates it and files its phrases. */
  private void finish() {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return;
    }
    String location = p.source + ":" + p.line;
    if (p.kind == EntryKind.PERSON && p.roles.isEmpty() && p.otherwise == null && !p.broken) {
      problem(
          p.source,
          p.line,
          "person without a code",
          p.label,
          "add a 'role: CODE FROM..UNTIL' line or an 'otherwise: CODE' line");
      return;
    }
    List<Role> roles = new ArrayList<>(p.roles);
    roles.sort(Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder())));
    Entry entry = new Entry(p.kind, p.code, p.label, location, roles, p.otherwise);
    entries.add(entry);
    for (PendingPhrase ph : p.phrases) {
      file(entry, ph.kind(), ph.text(), ph.code(), p.source, ph.line());
    }
  }

  private void file(
      Entry entry, PhraseKind kind, String text, @Nullable String code, String source, int number) {
    String location = source + ":" + number;
    PhraseTrie trie = kind == PhraseKind.AGENT ? agents : actors;
    String space = kind == PhraseKind.AGENT ? "agent " : "";
    for (Form f : forms(text)) {
      List<String> words = f.words();
      String key = space + String.join(" ", words.stream().map(Words::key).toList());
      Listed earlier = firstListed.putIfAbsent(key, new Listed(location, entry));
      if (earlier != null) {
        problem(
            source,
            number,
            "phrase listed twice",
            f.shown(),
            "it is already listed at " + earlier.location() + "; " + DUPLICATE_HINT);
        return;
      }
      trie.add(new Phrase(entry, kind, words, code, location));
    }
  }

  /**
   * The ways a phrase is filed: as cut by {@link Words#variants}, and each again without a leading
   * "the".
   */
  private static List<Form> forms(String text) {
    List<Form> forms = new ArrayList<>();
    for (List<String> words : Words.variants(text)) {
      forms.add(new Form(words, text));
    }
    String[] written = text.strip().split("\\s+", 2);
    if (written.length == 2 && Words.key(written[0]).equals("the")) {
      for (Form f : List.copyOf(forms)) {
        forms.add(new Form(f.words().subList(1, f.words().size()), written[1]));
      }
    }
    return forms;
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private void problem(String source, int number, String what, String value, String hint) {
    Pending p = pending;
    if (p != null) {
      p.broken = true;
    }
    problems.add(
        String.format(Locale.ROOT, "%s:%d: %s: '%s'; %s", source, number, what, value, hint));
  }
}
