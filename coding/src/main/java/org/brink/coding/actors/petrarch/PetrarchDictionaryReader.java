package org.brink.coding.actors.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * Reads the dictionaries of PETRARCH and TABARI, the event coders Brink's CAMEO coding descends
 * from: actors ({@code Phoenix.Countries.actors.txt}), agents ({@code Phoenix.agents.txt}) and
 * discards ({@code Phoenix.discards.txt}).
 *
 * <p>Unlike Brink's own format, which fails on any mistake, these files are read leniently, as
 * PETRARCH reads them: a malformed line is skipped and reported in {@link Result#problems()}, and
 * the rest loads. Lines that load but are read in a way worth knowing (a date with extra digits,
 * several codes for one actor) are reported in {@link Result#notes()}.
 *
 * <p>The entries come out in Brink's terms: names with spaces for {@code _}, dated codes resolved
 * to ranges that never overlap, agent codes without their {@code ~}. The format and what Brink
 * makes of each construct are described in {@code docs/actor-dictionary.md}, "PETRARCH and TABARI
 * dictionaries".
 *
 * <p>Design decision: the reader knows nothing of {@code ActorDictionary}; {@code
 * ActorDictionary.builder()} turns these records into its entries, so the dictionary's internals
 * stay package-private and this format's quirks stay here.
 */
public final class PetrarchDictionaryReader {
  /**
   * What a file held.
   *
   * @param entries what loaded, in file order
   * @param problems each malformed line, skipped: {@code "file:LINE: reason: 'the line'; hint"}
   * @param notes lines that loaded in a way worth knowing, in the same form
   */
  public record Result<T>(List<T> entries, List<String> problems, List<String> notes) {
    public Result {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }
  }

  private PetrarchDictionaryReader() {}

  /**
   * Reads an actor dictionary.
   *
   * @param fileName the name problems and matches report, e.g. {@code
   *     "Phoenix.Countries.actors.txt"}
   * @param content the whole file
   */
  public static Result<PetrarchActor> readActors(String fileName, String content) {
    return new ActorFileReader(checkName(fileName))
        .read(Objects.requireNonNull(content, "content"));
  }

  /** Reads an agent dictionary; see {@link #readActors}. */
  public static Result<PetrarchAgent> readAgents(String fileName, String content) {
    return new AgentFileReader(checkName(fileName))
        .read(Objects.requireNonNull(content, "content"));
  }

  /** Reads a discard list; see {@link #readActors}. */
  public static Result<PetrarchDiscard> readDiscards(String fileName, String content) {
    return new DiscardFileReader(checkName(fileName))
        .read(Objects.requireNonNull(content, "content"));
  }

  private static String checkName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.isBlank()) {
      throw new IllegalArgumentException("a dictionary file needs a name");
    }
    return fileName;
  }
}
