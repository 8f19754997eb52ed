package org.brink.coding.actors.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one PETRARCH discard list: a phrase per line, {@code +} before it for a story-level
 * discard.
 */
final class DiscardFileReader {
  private final String file;

  DiscardFileReader(String file) {
    this.file = file;
  }

  PetrarchDictionaryReader.Result<PetrarchDiscard> read(String content) {
    List<PetrarchDiscard> discards = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (SourceLines.Line line : SourceLines.of(file, content, notes)) {
      String text = line.text();
      boolean story = text.startsWith("+");
      String name = Names.of(story ? text.substring(1) : text);
      if (name.isEmpty()) {
        problems.add(
            SourceLines.message(
                file,
                line.number(),
                "discard without a phrase",
                line.raw(),
                "write the phrase, with '+' before it to discard the whole story"));
        continue;
      }
      discards.add(
          new PetrarchDiscard(
              new PetrarchName(name, SourceLines.location(file, line.number())), story));
    }
    return new PetrarchDictionaryReader.Result<>(discards, problems, notes);
  }
}
