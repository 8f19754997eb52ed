/**
 * The time-aware CAMEO actor dictionary and the matcher that finds its actors in tokenised
 * sentences.
 */
@NullMarked
package org.brink.coding.actors;

import org.jspecify.annotations.NullMarked;
