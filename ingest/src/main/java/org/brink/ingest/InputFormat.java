package org.brink.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How an input file is written. {@link #AUTO} decides per file: by extension, else by sniffing the
 * content.
 */
public enum InputFormat {
  /** Decide per file: by extension, else by the first non-space character of the content. */
  AUTO,
  /** Plain text: one article a file, the first line the title when it looks like a headline. */
  TEXT,
  /** An HTML page: one article a file. */
  HTML,
  /** JSON Lines: one article a line, as a JSON object. */
  JSONL;

  /**
   * Extensions of files that are clearly not articles. Under a directory they are reported as
   * {@code UNKNOWN_FORMAT} rather than sniffed, so a stray image or archive is named, not decoded.
   */
  private static final Set<String> NON_ARTICLE_EXTENSIONS =
      Set.of(
          // images
          "png",
          "jpg",
          "jpeg",
          "gif",
          "webp",
          "bmp",
          "ico",
          "tif",
          "tiff",
          "svg",
          "heic",
          "avif",
          // archives and compressed files
          "zip",
          "tgz",
          "bz2",
          "xz",
          "zst",
          "7z",
          "rar",
          "tar",
          "jar",
          "war",
          // audio and video
          "mp3",
          "mp4",
          "m4a",
          "wav",
          "ogg",
          "flac",
          "avi",
          "mov",
          "mkv",
          "webm",
          // office documents and PDFs, which need their own readers
          "pdf",
          "doc",
          "docx",
          "xls",
          "xlsx",
          "ppt",
          "pptx",
          "odt",
          "ods",
          "odp",
          "rtf",
          "epub",
          // fonts, executables, databases
          "woff",
          "woff2",
          "ttf",
          "otf",
          "eot",
          "exe",
          "dll",
          "so",
          "dylib",
          "class",
          "bin",
          "o",
          "db",
          "sqlite",
          "duckdb",
          "parquet",
          // page assets saved next to HTML pages
          "css",
          "js",
          "map");

  /**
   * The value of {@code --input-format}: {@code text}, {@code html}, {@code jsonl} or {@code auto}.
   */
  public String cliValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format a file name's extension says: {@code .txt}/{@code .text} are text, {@code
   * .html}/{@code .htm} HTML, {@code .jsonl}/{@code .ndjson} JSON Lines; anything else is {@link
   * #AUTO}, to be sniffed from the content. Case does not matter.
   */
  public static InputFormat byExtension(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return switch (extension(fileName)) {
      case "txt", "text" -> TEXT;
      case "html", "htm" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      default -> AUTO;
    };
  }

  /**
   * Parses a {@code --input-format} value ({@code text}, {@code html}, {@code jsonl} or {@code
   * auto}, any case).
   *
   * @throws IllegalArgumentException naming the value and the valid ones
   */
  public static InputFormat fromCliValue(String value) {
    Objects.requireNonNull(value, "value");
    for (InputFormat format : values()) {
      if (format.cliValue().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown input format \"" + value + "\"; use one of text, html, jsonl, auto");
  }

  /**
   * True when the file name's extension marks it as clearly not an article (an image, an archive).
   */
  static boolean isClearlyNotArticle(String fileName) {
    return NON_ARTICLE_EXTENSIONS.contains(extension(fileName));
  }

  /**
   * Sniffs the format from the first bytes of a content: after an optional byte order mark and
   * white space, {@code '{'} means JSON Lines, {@code '<'} HTML, anything else text.
   */
  static InputFormat sniff(byte[] prefix, int length) {
    int i = 0;
    if (length >= 3
        && (prefix[0] & 0xFF) == 0xEF
        && (prefix[1] & 0xFF) == 0xBB
        && (prefix[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < length; i++) {
      byte b = prefix[i];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f') {
        continue;
      }
      return switch (b) {
        case '{' -> JSONL;
        case '<' -> HTML;
        default -> TEXT;
      };
    }
    return TEXT;
  }

  /** The lower-case extension without the dot, or "" for none. Hidden-file dots do not count. */
  static String extension(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
