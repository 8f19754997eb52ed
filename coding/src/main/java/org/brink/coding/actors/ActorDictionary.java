package org.brink.coding.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.brink.coding.resources.LoadedOnce;

/**
 * Brink's CAMEO actor dictionary: countries, intergovernmental organisations, non-state groups,
 * people with dated roles, and the agent nouns ("military", "foreign ministry") that combine with a
 * country into a sector code.
 *
 * <p>The text format is described in {@code docs/actor-dictionary.md}; the bundled files sit beside
 * this class. Immutable and thread-safe: build it once and share it.
 *
 * <p>Design decision: every problem in every file is collected and thrown together in one {@link
 * ActorDictionaryException}, and a phrase may be listed only once across all files, so an ambiguous
 * name ("Congo") is settled in the dictionary rather than by file order.
 */
public final class ActorDictionary {
  private static final LoadedOnce<ActorDictionary> BUNDLED_DICTIONARY = new LoadedOnce<>(ActorDictionary::read);

  /** The bundled files, in the order they are read. */
  static final List<String> BUNDLED =
      List.of(
          "countries.txt", "igos.txt", "groups.txt", "people.txt", "agents.txt", "non-actors.txt");

  private final List<Entry> entries;
  private final PhraseTrie actors;
  private final PhraseTrie agents;
  private final String fingerprint;

  private ActorDictionary(DictionaryParser.Result result, String fingerprint) {
    this.entries = List.copyOf(result.entries());
    this.actors = result.actors();
    this.agents = result.agents();
    this.fingerprint = fingerprint;
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
    return new ActorDictionary(new DictionaryParser().parse(copy), fingerprint(copy));
  }

  /**
   * A SHA-256 over the sources' names and texts, in hex: the same files give the same fingerprint,
   * for provenance.
   */
  public String fingerprint() {
    return fingerprint;
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

  private static String fingerprint(List<NamedSource> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (NamedSource s : sources) {
        sha.update(s.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(s.text().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static ActorDictionary read() {
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
    return parse(sources);
  }

}
