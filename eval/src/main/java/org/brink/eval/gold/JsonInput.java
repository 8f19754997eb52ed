package org.brink.eval.gold;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON reading shared by the Brink and PLOVER readers: records with the line they start on. */
final class JsonInput {
  private JsonInput() {}

  /** One element of a JSON array and the line its first token is on. */
  record Located(int line, JsonNode node) {}

  /** A mapper that refuses duplicate keys, so that a repeated field is an error, not a loss. */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /** Reads the elements of the array whose START_ARRAY the parser is on, each with its line. */
  static List<Located> array(JsonParser parser, JsonMapper mapper) throws IOException {
    List<Located> out = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int line = parser.currentTokenLocation().getLineNr();
      JsonNode node = mapper.readTree(parser);
      out.add(new Located(line, node == null ? NullNode.getInstance() : node));
    }
    return out;
  }

  /** Fails when anything but white space follows the top-level value. */
  static void expectEnd(Path source, JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new GoldFormatException(
          source
              + ":"
              + parser.currentTokenLocation().getLineNr()
              + ": unexpected content after the end of the top-level JSON value");
    }
  }

  static GoldFormatException syntaxError(Path source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    return new GoldFormatException(
        source + where + ": not valid JSON: " + e.getOriginalMessage(), e);
  }

  /** The value as it stands in JSON, shortened for an error message. */
  static String show(@Nullable JsonNode node) {
    String s = node == null ? "nothing" : node.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** A {@code YYYY-MM-DD} day, or null when the text is not one. */
  static @Nullable LocalDate day(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null; // 2026-02-30 and the like: the caller reports the value
    }
  }
}
