package org.brink.coding.events.petrarch;

import java.util.Locale;

/**
 * Why a line of a PETRARCH dictionary was not mapped, or mapped with a loss. The {@link #key()}
 * names the category in {@link PetrarchVerbReader.Result#problemCounts()} and {@link
 * PetrarchVerbReader.Result#approximationCounts()}.
 */
enum Reason {
  // ---- the line is not mapped (a problem)
  NO_CODE,
  NOT_A_CODE,
  REVERSE_ONLY,
  STARS,
  SYNTAX,
  UNDEFINED_SYNSET,
  COMPOUND_ACTOR,
  TARGET_BEFORE_VERB,
  WORDS_BEFORE_VERB,
  SOURCE_AFTER_VERB,
  SEVERAL_OBJECTS,
  NOT_A_WORD,
  NOT_A_PREPOSITION,
  NO_BLOCK,
  NO_VERB,
  BAD_VERB,
  BAD_HEADER,
  BAD_SYNSET,
  BAD_LINE,
  TRANSFORMATION,
  // ---- the line is mapped with a loss (an approximation)
  PAIRED_CODE,
  OUTSIDE_CAMEO,
  SEVERAL_CONDITIONS,
  SEVERAL_PHRASES,
  OPTIONAL_PHRASE,
  MULTIWORD_NOUN,
  WORD_LEFT_OUT,
  INDIRECT_OBJECT_TARGET,
  LINEAR_PHRASE,
  FRONT_WORDS,
  NOT_APPLIED,
  ADJACENT_WORDS,
  SEVERAL_BLOCKS,
  SEVERAL_HEADER_CODES,
  BARE_SAYING;

  /** The category as written in counts: {@code "words-before-verb"}. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
