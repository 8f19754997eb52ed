package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void readsLinesWithAndWithoutFinalLineEnd() throws IOException {
    assertThat(lines("a\r\nbb\n\nccc", 100)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\n", 100)).containsExactly("1:a");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void skipsLinesOverTheLimitButCountsThem() throws IOException {
    assertThat(lines("ok\n" + "x".repeat(10) + "\nok again\n", 5))
        .containsExactly("1:ok", "2:too long (10 bytes)", "3:too long (8 bytes)");
  }

  @Test
  void readsLinesLongerThanItsBuffer() throws IOException {
    String longLine = "y".repeat(200_000);
    assertThat(lines(longLine + "\nz", 1_000_000)).containsExactly("1:" + longLine, "2:z");
  }

  private static List<String> lines(String text, long max) throws IOException {
    LineReader reader =
        new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    LineReader.Line line;
    while ((line = reader.next()) != null) {
      byte[] bytes = line.bytes();
      out.add(
          line.number()
              + ":"
              + (bytes == null
                  ? "too long (" + line.length() + " bytes)"
                  : new String(bytes, StandardCharsets.UTF_8)));
    }
    return out;
  }
}
