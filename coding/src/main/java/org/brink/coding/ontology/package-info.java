/**
 * The CAMEO event ontology: every event code with its name, Goldstein weight, quad class and PLOVER
 * reading.
 */
@NullMarked
package org.brink.coding.ontology;

import org.jspecify.annotations.NullMarked;
