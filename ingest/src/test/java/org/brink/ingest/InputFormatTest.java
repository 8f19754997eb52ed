package org.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void picksFormatByExtension() {
    assertThat(InputFormat.byExtension("a.txt")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.byExtension("dir/a.TEXT")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.byExtension("a.html")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.byExtension("a.Htm")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.byExtension("a.jsonl")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.byExtension("a.ndjson")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void leavesOtherExtensionsToSniffing() {
    assertThat(InputFormat.byExtension("notes.md")).isEqualTo(InputFormat.AUTO);
    assertThat(InputFormat.byExtension("README")).isEqualTo(InputFormat.AUTO);
    assertThat(InputFormat.byExtension(".txt")).isEqualTo(InputFormat.AUTO);
    assertThat(InputFormat.byExtension("dir.txt/file")).isEqualTo(InputFormat.AUTO);
  }

  @Test
  void parsesCliValuesInAnyCase() {
    assertThat(InputFormat.fromCliValue("text")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.fromCliValue("HTML")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.fromCliValue(" jsonl ")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.fromCliValue("auto")).isEqualTo(InputFormat.AUTO);
    assertThat(InputFormat.JSONL.cliValue()).isEqualTo("jsonl");
  }

  @Test
  void rejectsUnknownCliValueNamingTheValidOnes() {
    assertThatThrownBy(() -> InputFormat.fromCliValue("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown input format \"xml\"; use one of text, html, jsonl, auto");
  }

  @Test
  void sniffsFormatFromFirstNonSpaceCharacter() {
    assertThat(sniff("  \n{\"text\": \"x\"}")).isEqualTo(InputFormat.JSONL);
    assertThat(sniff("\uFEFF<!doctype html>")).isEqualTo(InputFormat.HTML);
    assertThat(sniff("Ministers met in Geneva.")).isEqualTo(InputFormat.TEXT);
    assertThat(sniff("")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void knowsFilesThatAreClearlyNotArticles() {
    assertThat(InputFormat.isClearlyNotArticle("photo.PNG")).isTrue();
    assertThat(InputFormat.isClearlyNotArticle("archive.zip")).isTrue();
    assertThat(InputFormat.isClearlyNotArticle("notes.md")).isFalse();
    assertThat(InputFormat.isClearlyNotArticle("story")).isFalse();
  }

  private static InputFormat sniff(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return InputFormat.sniff(bytes, bytes.length);
  }
}
