/** Direct quotations and the speakers they are attributed to. */
@NullMarked
package org.brink.coding.quotes;

import org.jspecify.annotations.NullMarked;
