package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brink.ingest.Fixtures.value;
import static org.brink.ingest.Fixtures.warnings;

import java.nio.charset.StandardCharsets;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf16WithByteOrderMark() {
    byte[] bytes = "\uFEFFTalks in Montréal.".getBytes(StandardCharsets.UTF_16LE);
    Outcome<String> outcome = TextDecoder.decode(bytes, ContentType.TEXT, "a.txt", "file");
    assertThat(value(outcome)).isEqualTo("Talks in Montréal.");
    assertThat(warnings(outcome)).isEmpty();
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] bytes = "\uFEFFTalks.".getBytes(StandardCharsets.UTF_8);
    assertThat(value(TextDecoder.decode(bytes, ContentType.TEXT, "a.txt", "file")))
        .isEqualTo("Talks.");
  }

  @Test
  void decodesDeclaredWindows1251Page() {
    byte[] bytes =
        "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'><p>Москва</p>"
            .getBytes(java.nio.charset.Charset.forName("windows-1251"));
    assertThat(value(TextDecoder.decode(bytes, ContentType.HTML, "a.html", "file")))
        .isEqualTo(
            "<meta http-equiv='Content-Type' content='text/html;"
                + " charset=windows-1251'><p>Москва</p>");
  }

  @Test
  void ignoresDeclaredCharsetOfPlainText() {
    byte[] bytes = "charset=windows-1251 Москва".getBytes(StandardCharsets.UTF_8);
    assertThat(value(TextDecoder.decode(bytes, ContentType.TEXT, "a.txt", "file")))
        .isEqualTo("charset=windows-1251 Москва");
  }
}
