package org.brink.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.coding.DictionarySources;

/**
 * The dictionaries a PETRARCH validation file's {@code <Environment>} block names ({@code
 * <Verbfile>}, {@code <Actorfile>}, {@code <Agentfile>}, {@code <Discardfile>}), looked up in the
 * gold file's own folder, as dictionary sources that replace Brink's own.
 */
final class PetrarchEnvironment {
  private static final Pattern BLOCK = Pattern.compile("<Environment\\b.*?</Environment\\s*>", Pattern.DOTALL);

  private PetrarchEnvironment() {}

  /**
   * The dictionaries the file's {@code <Environment>} names, when it names actors and every named
   * file exists beside it; empty otherwise.
   */
  static Optional<DictionarySources> dictionaries(Path goldFile) throws IOException {
    String content = Files.readString(goldFile, StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(content);
    if (!block.find()) {
      return Optional.empty();
    }
    String env = block.group();
    Path dir = goldFile.toAbsolutePath().getParent();
    DictionarySources sources =
        new DictionarySources(
            false, files(env, "Actorfile", dir), files(env, "Agentfile", dir), files(env, "Discardfile", dir),
            files(env, "Verbfile", dir));
    List<Path> all = new java.util.ArrayList<>(sources.actors());
    all.addAll(sources.agents());
    all.addAll(sources.discards());
    all.addAll(sources.verbs());
    boolean usable = !sources.actors().isEmpty() && all.stream().allMatch(Files::isRegularFile);
    return usable ? Optional.of(sources) : Optional.empty();
  }

  /** The files of one element; PETRARCH allows several, separated by commas ("a.txt,b.txt"). */
  private static List<Path> files(String env, String tag, Path dir) {
    Matcher m = Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">").matcher(env);
    if (!m.find()) {
      return List.of();
    }
    List<Path> out = new java.util.ArrayList<>();
    for (String name : m.group(1).split(",")) {
      if (!name.isBlank()) {
        out.add(dir.resolve(name.strip()));
      }
    }
    return out;
  }
}
