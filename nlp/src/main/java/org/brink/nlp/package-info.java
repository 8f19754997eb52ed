/** Sentences, tokens, parts of speech, lemmas, entities and dependency parses behind Brink's own interface. */
@NullMarked
package org.brink.nlp;

import org.jspecify.annotations.NullMarked;
