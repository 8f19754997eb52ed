/** Within-article coreference: pronouns, surnames and role nouns that stand for actors named earlier. */
@NullMarked
package org.brink.coding.coref;

import org.jspecify.annotations.NullMarked;
