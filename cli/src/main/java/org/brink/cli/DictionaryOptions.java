package org.brink.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brink.coding.DictionarySources;
import picocli.CommandLine.Option;

/** The dictionary options shared by the commands that code: PETRARCH/TABARI files, alone or on top. */
final class DictionaryOptions {
  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "A PETRARCH/TABARI actor dictionary to load on top of Brink's own (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(
      names = "--agents",
      paramLabel = "FILE",
      description = "A PETRARCH/TABARI agent dictionary (repeatable).")
  List<Path> agents = new ArrayList<>();

  @Option(
      names = "--discards",
      paramLabel = "FILE",
      description = "A PETRARCH/TABARI discard list (repeatable).")
  List<Path> discards = new ArrayList<>();

  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description = "A PETRARCH-2 verb dictionary (CAMEO.2.0.txt format), translated into Brink's patterns (repeatable).")
  List<Path> verbs = new ArrayList<>();

  @Option(
      names = "--only-given-dictionaries",
      description = "Use only the dictionaries given with --actors, --agents, --discards and --verbs, not Brink's own.")
  boolean onlyGiven;

  DictionarySources sources() {
    return new DictionarySources(!onlyGiven, actors, agents, discards, verbs);
  }
}
