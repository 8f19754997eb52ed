/**
 * Merging mentions into real-world events: mentions of one event across sentences, articles and
 * outlets become one {@link org.brink.store.merge.MergedEvent} (docs/store.md, "Merge").
 */
@NullMarked
package org.brink.store.merge;

import org.jspecify.annotations.NullMarked;
