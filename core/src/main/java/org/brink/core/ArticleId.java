package org.brink.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** An article's stable identifier: the id the input gave, or a hash of the article's content. */
public record ArticleId(String value) {
  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /**
   * A stable id from content: {@code "sha256:"} and the first 16 hex digits of the SHA-256 of the
   * UTF-8 bytes. The same content always gets the same id, across runs and machines.
   */
  public static ArticleId ofContent(String content) {
    return ofContent(content.getBytes(StandardCharsets.UTF_8));
  }

  public static ArticleId ofContent(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return new ArticleId("sha256:" + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
