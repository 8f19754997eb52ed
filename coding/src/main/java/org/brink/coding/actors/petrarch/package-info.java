/**
 * Reads PETRARCH/TABARI actor, agent and discard dictionaries into records that already follow
 * Brink's model (names with spaces, dated codes that never overlap, agent sectors), reporting each
 * malformed line and reading the rest.
 */
@NullMarked
package org.brink.coding.actors.petrarch;

import org.jspecify.annotations.NullMarked;
