package org.brink.eval.gold;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a gold file in any of the formats Brink knows, telling them apart by their content.
 *
 * <p>The first character that is not white space decides: {@code <} is PETRARCH XML validation
 * records, {@code [} is PLOVER gold-standard JSON, and {@code {} is Brink gold, which must then
 * have an {@code "articles"} list. Formats and reading rules: docs/gold-format.md.
 *
 * <p>Design decision: Brink gold, the project's own format, is read strictly and any error stops
 * the read. The PETRARCH and PLOVER files are third-party data with known glitches, so a record
 * that cannot be read is skipped and named in {@link GoldSet#notes()}, and a known quirk read in a
 * particular way is named there too; only a file-level problem stops the read.
 */
public final class GoldReaders {
  private GoldReaders() {}

  /**
   * Reads one gold file.
   *
   * @throws GoldFormatException when the content is not UTF-8 or not a gold file, naming the file
   *     and the line or record
   * @throws IOException when the file cannot be read
   */
  public static GoldSet read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new GoldFormatException(file + ": not UTF-8 text; gold files are UTF-8", e);
    }
    return parse(file, content);
  }

  /**
   * Reads gold from text already in memory.
   *
   * @param source the file the text came from: names the set and every error message
   * @throws GoldFormatException when the text is not a gold file
   */
  public static GoldSet parse(Path source, String content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String name = nameOf(source);
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      throw new GoldFormatException(source + ": empty file; " + EXPECTED);
    }
    char first = text.charAt(i);
    return switch (first) {
      case '<' -> PetrarchXmlReader.read(source, name, text);
      case '[' -> PloverJsonReader.read(source, name, text);
      case '{' -> BrinkGoldReader.read(source, name, text);
      default ->
          throw new GoldFormatException(
              source
                  + ":"
                  + lineOf(text, i)
                  + ": unknown gold format: the first character is '"
                  + first
                  + "'; "
                  + EXPECTED);
    };
  }

  static final String EXPECTED =
      "expected Brink gold ({\"articles\": [...]}), PETRARCH XML records (<Validation>...) or"
          + " PLOVER gold-standard JSON ([...])";

  /** The file name without its last extension: {@code wcep-dev.json -> wcep-dev}. */
  static String nameOf(Path source) {
    Path fileName = source.getFileName();
    String name = fileName == null ? source.toString() : fileName.toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code "1 record"}, {@code "2 records"}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Up to ten items joined by commas, then how many more there are. */
  static String listed(List<String> items) {
    int shown = Math.min(items.size(), 10);
    String head = String.join(", ", items.subList(0, shown));
    return shown == items.size() ? head : head + " and " + (items.size() - shown) + " more";
  }

  /** The 1-based line of character {@code index}. */
  static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
