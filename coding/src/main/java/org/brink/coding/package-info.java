/** The event coder: actors, verb patterns, modality and quotes put together as one pipeline stage. */
@NullMarked
package org.brink.coding;

import org.jspecify.annotations.NullMarked;
