package org.brink.coding.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.brink.coding.actors.petrarch.PetrarchDictionaryReader;
import org.brink.coding.resources.LoadedOnce;

/**
 * Brink's CAMEO actor dictionary: countries, intergovernmental organisations, non-state groups,
 * people with dated roles, and the agent nouns ("military", "foreign ministry") that combine with a
 * country into a sector code.
 *
 * <p>The text format is described in {@code docs/actor-dictionary.md}; the bundled files sit beside
 * this class. Immutable and thread-safe: build it once and share it. {@link #builder()} adds
 * dictionaries in the PETRARCH/TABARI format to the bundled files or uses them alone.
 *
 * <p>Design decision: every problem in every file is collected and thrown together in one {@link
 * ActorDictionaryException}, and a phrase may be listed only once across all files, so an ambiguous
 * name ("Congo") is settled in the dictionary rather than by file order. PETRARCH files are the
 * exception: they are read as PETRARCH reads them, a malformed line is skipped and reported in
 * {@link #problems()}, and a phrase an earlier source lists is skipped with a note in {@link
 * #notes()}.
 */
public final class ActorDictionary {
  private static final LoadedOnce<ActorDictionary> BUNDLED_DICTIONARY =
      new LoadedOnce<>(ActorDictionary::read);

  /** The bundled files, in the order they are read. */
  static final List<String> BUNDLED =
      List.of(
          "countries.txt", "igos.txt", "groups.txt", "people.txt", "agents.txt", "non-actors.txt");

  private final List<Entry> entries;
  private final PhraseTrie actors;
  private final PhraseTrie agents;
  private final String fingerprint;
  private final List<String> problems;
  private final List<String> notes;

  private ActorDictionary(
      DictionaryParser.Result result,
      String fingerprint,
      List<String> problems,
      List<String> notes) {
    this.entries = List.copyOf(result.entries());
    this.actors = result.actors();
    this.agents = result.agents();
    this.fingerprint = fingerprint;
    this.problems = List.copyOf(problems);
    this.notes = List.copyOf(notes);
  }

  /** The bundled dictionary, parsed on first use and shared afterwards. */
  public static ActorDictionary loadDefault() {
    return BUNDLED_DICTIONARY.get();
  }

  /**
   * Parses dictionary files.
   *
   * @throws ActorDictionaryException listing every problem in every source
   */
  public static ActorDictionary parse(List<NamedSource> sources) {
    Objects.requireNonNull(sources, "sources");
    List<NamedSource> copy = List.copyOf(sources);
    return new ActorDictionary(
        new DictionaryParser().parse(copy), fingerprint(copy), List.of(), List.of());
  }

  /**
   * A builder for a dictionary made of the bundled files, PETRARCH/TABARI dictionaries, or both:
   * {@code ActorDictionary.builder().addBundled().addPetrarchActors(path).build()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A SHA-256 over the sources' names and texts, in hex: the same files give the same fingerprint,
   * for provenance.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Each malformed line of the PETRARCH files this dictionary was built from, which was skipped:
   * {@code "file:LINE: reason: 'the line'; hint"}. Empty for Brink's own files, which fail instead.
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * What is worth knowing about how the PETRARCH files were read, in the same form: names skipped
   * because an earlier source lists them, dates with extra digits, codes read another way.
   */
  public List<String> notes() {
    return notes;
  }

  /** Every entry, in file order. */
  List<Entry> entries() {
    return entries;
  }

  PhraseTrie actors() {
    return actors;
  }

  PhraseTrie agents() {
    return agents;
  }

  /**
   * Collects the sources of an {@link ActorDictionary}. The bundled files are read first, then the
   * PETRARCH files in the order they were added; a phrase listed by an earlier source keeps its
   * place and a later listing is skipped with a note. Not thread-safe; build once.
   */
  public static final class Builder {
    private enum Kind {
      ACTORS("petrarch-actors"),
      AGENTS("petrarch-agents"),
      DISCARDS("petrarch-discards");

      final String tag;

      Kind(String tag) {
        this.tag = tag;
      }
    }

    private record Source(Kind kind, NamedSource source) {}

    private boolean bundled;
    private final List<Source> petrarch = new ArrayList<>();

    private Builder() {}

    /** Adds Brink's bundled dictionary files. */
    public Builder addBundled() {
      bundled = true;
      return this;
    }

    /**
     * Adds a PETRARCH/TABARI actor dictionary, read as UTF-8; its problems and matches name it by
     * its file name.
     *
     * @throws IOException when the file cannot be read
     */
    public Builder addPetrarchActors(Path file) throws IOException {
      return add(Kind.ACTORS, read(file));
    }

    /** Adds a PETRARCH/TABARI actor dictionary's text. */
    public Builder addPetrarchActors(NamedSource source) {
      return add(Kind.ACTORS, source);
    }

    /**
     * Adds a PETRARCH agent dictionary, read as UTF-8.
     *
     * @throws IOException when the file cannot be read
     */
    public Builder addPetrarchAgents(Path file) throws IOException {
      return add(Kind.AGENTS, read(file));
    }

    /** Adds a PETRARCH agent dictionary's text. */
    public Builder addPetrarchAgents(NamedSource source) {
      return add(Kind.AGENTS, source);
    }

    /**
     * Adds a PETRARCH discard list, read as UTF-8: its phrases become ignore phrases.
     *
     * @throws IOException when the file cannot be read
     */
    public Builder addPetrarchDiscards(Path file) throws IOException {
      return add(Kind.DISCARDS, read(file));
    }

    /** Adds a PETRARCH discard list's text. */
    public Builder addPetrarchDiscards(NamedSource source) {
      return add(Kind.DISCARDS, source);
    }

    /**
     * Builds the dictionary. With the bundled files alone this is {@link #loadDefault()}.
     *
     * @throws ActorDictionaryException when a bundled file has a problem
     * @throws IllegalStateException when no source was added
     */
    public ActorDictionary build() {
      if (petrarch.isEmpty()) {
        if (!bundled) {
          throw new IllegalStateException(
              "no actor dictionary to build: call addBundled() or add a PETRARCH file");
        }
        return loadDefault();
      }
      List<NamedSource> brink = bundled ? bundledSources() : List.of();
      DictionaryParser parser = new DictionaryParser();
      parser.read(brink);
      if (!parser.problems().isEmpty()) {
        throw new ActorDictionaryException(parser.problems());
      }
      List<String> problems = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (Source s : petrarch) {
        String name = s.source().name();
        String text = s.source().text();
        switch (s.kind()) {
          case ACTORS -> {
            var r = PetrarchDictionaryReader.readActors(name, text);
            problems.addAll(r.problems());
            notes.addAll(r.notes());
            PetrarchEntries.addActors(parser, r.entries(), notes);
          }
          case AGENTS -> {
            var r = PetrarchDictionaryReader.readAgents(name, text);
            problems.addAll(r.problems());
            notes.addAll(r.notes());
            PetrarchEntries.addAgents(parser, r.entries(), notes);
          }
          case DISCARDS -> {
            var r = PetrarchDictionaryReader.readDiscards(name, text);
            problems.addAll(r.problems());
            notes.addAll(r.notes());
            PetrarchEntries.addDiscards(parser, r.entries(), notes);
          }
        }
      }
      List<String> tags = new ArrayList<>();
      List<NamedSource> all = new ArrayList<>();
      for (NamedSource b : brink) {
        tags.add("brink");
        all.add(b);
      }
      for (Source s : petrarch) {
        tags.add(s.kind().tag);
        all.add(s.source());
      }
      return new ActorDictionary(parser.result(), fingerprint(tags, all), problems, notes);
    }

    private Builder add(Kind kind, NamedSource source) {
      petrarch.add(new Source(kind, Objects.requireNonNull(source, "source")));
      return this;
    }

    private static NamedSource read(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      Path name = file.getFileName();
      return new NamedSource(
          name == null ? file.toString() : name.toString(),
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
  }

  private static String fingerprint(List<NamedSource> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (NamedSource s : sources) {
        update(sha, s);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** As {@link #fingerprint(List)}, with each source's format before it. */
  private static String fingerprint(List<String> tags, List<NamedSource> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < sources.size(); i++) {
        sha.update(tags.get(i).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        update(sha, sources.get(i));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static void update(MessageDigest sha, NamedSource s) {
    sha.update(s.name().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(s.text().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static ActorDictionary read() {
    return parse(bundledSources());
  }

  private static List<NamedSource> bundledSources() {
    List<NamedSource> sources = new ArrayList<>();
    for (String name : BUNDLED) {
      try (InputStream in = ActorDictionary.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing classpath resource org/brink/coding/actors/" + name);
        }
        sources.add(new NamedSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled actor dictionary " + name, e);
      }
    }
    return sources;
  }
}
