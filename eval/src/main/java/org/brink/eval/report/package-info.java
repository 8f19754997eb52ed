/** Writes scores as a Markdown report, a compact text summary and one line of headline JSON. */
@NullMarked
package org.brink.eval.report;

import org.jspecify.annotations.NullMarked;
