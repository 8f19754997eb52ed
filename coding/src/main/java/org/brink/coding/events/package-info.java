/** Event coding: Brink's verb-pattern dictionary, its matcher over dependency parses, and modality. */
@NullMarked
package org.brink.coding.events;

import org.jspecify.annotations.NullMarked;
