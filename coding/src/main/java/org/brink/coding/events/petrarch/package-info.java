/**
 * Reads PETRARCH-2 (and PETRARCH-1/TABARI-style) verb dictionaries and translates them into Brink
 * verb patterns, recording what could only be approximated or not mapped at all.
 */
@NullMarked
package org.brink.coding.events.petrarch;

import org.jspecify.annotations.NullMarked;
