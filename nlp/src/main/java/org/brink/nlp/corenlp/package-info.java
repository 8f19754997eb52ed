/** The Stanford CoreNLP adapter: the only place CoreNLP types appear. */
@NullMarked
package org.brink.nlp.corenlp;

import org.jspecify.annotations.NullMarked;
