/**
 * Aggregates of merged events: dyad by day and week series, the escalation index, alerts against
 * a dyad's own baseline, and dyad rankings (docs/store.md, "Aggregates"). The queries live in
 * {@link org.brink.store.Aggregates}; this package holds their values and the baseline method.
 */
@NullMarked
package org.brink.store.aggregate;

import org.jspecify.annotations.NullMarked;
