/** Loading of the coder's bundled resources: once per JVM, with the same error on every call. */
@NullMarked
package org.brink.coding.resources;

import org.jspecify.annotations.NullMarked;
