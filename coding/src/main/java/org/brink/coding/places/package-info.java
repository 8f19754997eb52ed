/** Place resolution: the bundled GeoNames gazetteer and the resolver that finds an event's place. */
@NullMarked
package org.brink.coding.places;

import org.jspecify.annotations.NullMarked;
