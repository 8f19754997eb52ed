/** Within-article coreference: anaphors that stand for actors named earlier in the article. */
@NullMarked
package org.brink.coding.coref;

import org.jspecify.annotations.NullMarked;
