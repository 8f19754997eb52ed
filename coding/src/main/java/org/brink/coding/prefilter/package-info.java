/**
 * The event prefilter: picks, from tokens alone, the sentences that may hold an event or a quote, or
 * that such a sentence may need as context, so that only those are tagged and parsed.
 */
@NullMarked
package org.brink.coding.prefilter;

import org.jspecify.annotations.NullMarked;
