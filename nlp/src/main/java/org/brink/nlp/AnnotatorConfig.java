package org.brink.nlp;

/**
 * Settings of the annotator.
 *
 * @param maxParseTokens sentences longer than this many tokens are tokenized and tagged but not
 *     parsed, and reported as skipped: the dependency parser's time grows fast with length and such
 *     "sentences" are almost always tables or lists
 * @param ner whether to run the named-entity recogniser (lite: no SUTime, no fine-grained classes)
 */
public record AnnotatorConfig(int maxParseTokens, boolean ner) {
  public AnnotatorConfig {
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be at least 1: " + maxParseTokens);
    }
  }

  public static AnnotatorConfig defaults() {
    return new AnnotatorConfig(120, true);
  }
}
