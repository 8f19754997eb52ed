package org.brink.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  static DictionarySources dictionaries(Path goldFile) throws IOException {
    String content = Files.readString(goldFile, StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(content);
    if (!block.find()) {
      throw new IllegalArgumentException(goldFile + " has no <Environment> block naming dictionaries");
    }
    String env = block.group();
    Path dir = goldFile.toAbsolutePath().getParent();
    return new DictionarySources(
        false, files(env, "Actorfile", dir), files(env, "Agentfile", dir), files(env, "Discardfile", dir),
        files(env, "Verbfile", dir));
  }

  private static List<Path> files(String env, String tag, Path dir) {
    Matcher m = Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">").matcher(env);
    return m.find() ? List.of(dir.resolve(m.group(1))) : List.of();
  }
}
