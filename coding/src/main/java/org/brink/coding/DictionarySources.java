package org.brink.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brink.coding.actors.ActorDictionary;
import org.brink.coding.events.ModalityReader;
import org.brink.coding.events.VerbPattern;
import org.brink.coding.events.VerbPatternDictionary;
import org.brink.coding.events.VerbPatternMatcher;
import org.brink.coding.events.petrarch.PetrarchVerbReader;
import org.brink.coding.ontology.Ontology;

/**
 * Which dictionaries the coder uses: Brink's bundled ones, PETRARCH/TABARI files on top of them,
 * or PETRARCH files alone (the CLI's {@code --actors}, {@code --agents}, {@code --discards},
 * {@code --verbs} and {@code --only-given-dictionaries}).
 *
 * @param bundled whether Brink's own actor dictionary and verb patterns are loaded first
 */
public record DictionarySources(
    boolean bundled, List<Path> actors, List<Path> agents, List<Path> discards, List<Path> verbs) {
  public DictionarySources {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    discards = List.copyOf(discards);
    verbs = List.copyOf(verbs);
  }

  /** Brink's bundled dictionaries only. */
  public static DictionarySources bundledOnly() {
    return new DictionarySources(true, List.of(), List.of(), List.of(), List.of());
  }

  public boolean isBundledOnly() {
    return bundled && actors.isEmpty() && agents.isEmpty() && discards.isEmpty() && verbs.isEmpty();
  }

  /**
   * The dictionaries, loaded, with every line that could not be read.
   *
   * @param problems malformed lines of the given files, each naming file, line and reason
   * @param notes how many lines were read with a note (duplicates skipped, dates read another way)
   */
  public record Loaded(
      ActorDictionary actors, VerbPatternMatcher patterns, List<String> problems, int notes) {
    public Loaded {
      Objects.requireNonNull(actors, "actors");
      Objects.requireNonNull(patterns, "patterns");
      problems = List.copyOf(problems);
    }
  }

  /** Loads the dictionaries; codes in verb files are checked against the ontology. */
  public Loaded load(Ontology ontology) throws IOException {
    if (!bundled && actors.isEmpty()) {
      throw new IllegalArgumentException("without Brink's own dictionaries, give at least one --actors file");
    }
    List<String> problems = new ArrayList<>();
    int notes = 0;
    ActorDictionary actorDictionary;
    if (actors.isEmpty() && agents.isEmpty() && discards.isEmpty()) {
      actorDictionary = ActorDictionary.loadDefault();
    } else {
      ActorDictionary.Builder builder = ActorDictionary.builder();
      if (bundled) {
        builder.addBundled();
      }
      for (Path p : actors) {
        builder.addPetrarchActors(p);
      }
      for (Path p : agents) {
        builder.addPetrarchAgents(p);
      }
      for (Path p : discards) {
        builder.addPetrarchDiscards(p);
      }
      actorDictionary = builder.build();
      problems.addAll(actorDictionary.problems());
      notes += actorDictionary.notes().size();
    }
    List<VerbPattern> verbPatterns = new ArrayList<>();
    if (bundled) {
      verbPatterns.addAll(VerbPatternDictionary.loadDefault(ontology::isKnown).all());
    }
    for (Path p : verbs) {
      PetrarchVerbReader.Result r =
          PetrarchVerbReader.read(
              String.valueOf(p.getFileName()), Files.readString(p, StandardCharsets.UTF_8), ontology::isKnown);
      problems.addAll(r.problems());
      notes += r.approximations().size();
      verbPatterns.addAll(r.patterns());
    }
    VerbPatternMatcher matcher =
        new VerbPatternMatcher(
            VerbPatternDictionary.of(verbPatterns),
            bundled ? VerbPatternDictionary.loadNouns(ontology::isKnown) : VerbPatternDictionary.of(List.of()),
            new ModalityReader(),
            ontology::isKnown);
    return new Loaded(actorDictionary, matcher, problems, notes);
  }
}
