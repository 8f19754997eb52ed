package org.brink.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brink.core.ContentType;
import org.brink.core.Outcome;
import org.brink.core.Problem;
import org.brink.core.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of one text or HTML input into a string, or says why they are not text.
 *
 * <p>Implementation notes: the checks run in the order a reader of the error would want them:
 * empty, then binary (looked for in the first 8 KB only, so a huge file costs nothing extra), then
 * the encoding. UTF-8 is decoded strictly; bytes that are not UTF-8 are almost always windows-1252
 * (or its subset ISO-8859-1) in news archives, so that is the fallback, reported as a warning with
 * the offset of the first bad byte. A UTF-16 byte order mark selects UTF-16, as Windows editors
 * write it. For HTML a {@code <meta charset>} naming another encoding is honoured. Line ends are
 * normalised to {@code \n}.
 */
final class TextDecoder {
  /** How many leading bytes the binary check looks at. */
  static final int SNIFF_BYTES = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * Decodes a whole file or standard input.
   *
   * @param noun what to call the input in messages: {@code "file"} or {@code "input"}
   */
  static Outcome<String> decode(byte[] bytes, ContentType type, String source, String noun) {
    if (bytes.length == 0) {
      return Outcome.rejected(new Problem(Reason.EMPTY_TEXT, noun + " is empty", source));
    }
    String text;
    List<Problem> warnings = List.of();
    Charset bomCharset = utf16ByteOrderMark(bytes);
    if (bomCharset != null) {
      text = new String(bytes, 2, bytes.length - 2, bomCharset);
    } else {
      String binary = binaryEvidence(bytes);
      if (binary != null) {
        return Outcome.rejected(
            new Problem(Reason.BINARY, noun + " looks binary, not text: " + binary, source));
      }
      int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
      Charset declared = type == ContentType.HTML ? declaredCharset(bytes) : null;
      if (declared != null) {
        text = new String(bytes, start, bytes.length - start, declared);
      } else {
        Outcome<String> decoded = decodeUtf8OrFallBack(bytes, start, source);
        if (!(decoded instanceof Outcome.Done<String> done)) {
          return decoded;
        }
        text = done.value();
        warnings = done.warnings();
      }
    }
    text = normaliseLineEnds(text);
    if (isBlank(text)) {
      return Outcome.rejected(
          new Problem(Reason.EMPTY_TEXT, noun + " contains only white space", source));
    }
    return Outcome.done(text, warnings);
  }

  /**
   * Decodes bytes as strict UTF-8 from {@code start}, falling back to windows-1252 with an {@link
   * Reason#INVALID_UTF8} warning whose offset counts from the start of {@code bytes}.
   */
  static Outcome<String> decodeUtf8OrFallBack(byte[] bytes, int start, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      return Outcome.done(
          text,
          List.of(
              new Problem(
                  Reason.INVALID_UTF8,
                  String.format(
                      Locale.ROOT,
                      "not valid UTF-8 (first bad byte at offset %,d); decoded as windows-1252",
                      offset),
                  source)));
    }
    out.flip();
    return Outcome.done(out.toString());
  }

  /**
   * Why the bytes look binary, or null when they look like text: a NUL byte, or more than 10% of
   * the first 8 KB being control characters other than tab, line feed, form feed and carriage
   * return.
   */
  static @Nullable String binaryEvidence(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return String.format(Locale.ROOT, "NUL byte at offset %,d", i);
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    if (controls * 10 > n) {
      return String.format(
          Locale.ROOT,
          "%d%% of the first %,d bytes are control characters",
          Math.round(controls * 100.0 / n),
          n);
    }
    return null;
  }

  /** Replaces {@code \r\n} and lone {@code \r} with {@code \n}. */
  static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** True for an empty string or one of white space only, Unicode spaces and BOMs included. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\uFEFF'
          && c != '\u200B') {
        return false;
      }
    }
    return true;
  }

  static boolean hasUtf8ByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static @Nullable Charset utf16ByteOrderMark(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int b0 = bytes[0] & 0xFF;
    int b1 = bytes[1] & 0xFF;
    if (b0 == 0xFE && b1 == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * The encoding an HTML page declares in a {@code <meta charset>} or {@code http-equiv} tag among
   * its first 2 KB, when it is a supported one other than UTF-8; otherwise null. As browsers do,
   * ISO-8859-1 and US-ASCII are read as their superset windows-1252, and a declared UTF-16 (which
   * an ASCII-compatible page cannot be) is ignored.
   */
  static @Nullable Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.startsWith("utf-8") || name.equals("utf8") || name.startsWith("utf-16")) {
      return null;
    }
    if (name.equals("iso-8859-1")
        || name.equals("latin1")
        || name.equals("us-ascii")
        || name.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      // A garbled declaration is treated as no declaration: the UTF-8 check still runs.
      return null;
    }
  }
}
