/** JMH micro-benchmarks of Brink's stages on synthetic news text: figures to record, not tests. */
@NullMarked
package org.brink.bench;

import org.jspecify.annotations.NullMarked;
