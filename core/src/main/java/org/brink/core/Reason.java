package org.brink.core;

import java.util.Locale;

/** Why an input, or part of it, could not be coded as it was. */
public enum Reason {
  /** Nothing left to code: an empty file, or a page that was all furniture. */
  EMPTY_TEXT,
  /** Binary content, not text. */
  BINARY,
  /** Bytes that are not valid UTF-8; decoded another way, or rejected. */
  INVALID_UTF8,
  /** Larger than the configured limit. */
  TOO_LONG,
  /** HTML that could not be read as a page. */
  MALFORMED_HTML,
  /** A JSON Lines line that is not a JSON object. */
  MALFORMED_JSON,
  /** A record that lacks a field it needs, or has one of the wrong type or shape. */
  BAD_FIELD,
  /** Text that does not look like English, which Brink's models and dictionaries cover. */
  NOT_ENGLISH,
  /** A file or directory that could not be read. */
  UNREADABLE,
  /** A file whose format Brink cannot tell or does not read. */
  UNKNOWN_FORMAT,
  /** A WARC record that is truncated or corrupt; the rest of that WARC file is not read. */
  MALFORMED_WARC,
  /** An RSS or Atom feed that is not well-formed XML, or not a feed. */
  MALFORMED_FEED,
  /** A sentence skipped by a stage (too long to parse, for example); the rest was coded. */
  SENTENCE_SKIPPED,
  /** A bug in Brink: the stage threw; the stack trace is in the message. */
  INTERNAL_ERROR;

  /** The stable code written in output: the name in lower kebab case. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
