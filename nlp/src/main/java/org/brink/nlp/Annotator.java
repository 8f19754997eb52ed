package org.brink.nlp;

import org.brink.core.AnnotatedText;
import org.brink.core.CleanText;
import org.brink.core.Stage;

/**
 * Splits a cleaned text into sentences and annotates them: tokens with character spans, parts of
 * speech, lemmas, entity classes and Universal Dependencies parses.
 *
 * <p>Implementations live one per library in sub-packages ({@code nlp.corenlp}); the coder sees only
 * the core records they produce.
 */
public interface Annotator extends Stage<CleanText, AnnotatedText> {}
