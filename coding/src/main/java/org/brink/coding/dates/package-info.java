/**
 * Event dates: which day an event happened, read from the trigger's clause and the publication
 * date.
 */
@NullMarked
package org.brink.coding.dates;

import org.jspecify.annotations.NullMarked;
