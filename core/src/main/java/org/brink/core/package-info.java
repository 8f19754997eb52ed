/** Brink's immutable data records and the one pipeline abstraction every stage implements. */
@NullMarked
package org.brink.core;

import org.jspecify.annotations.NullMarked;
