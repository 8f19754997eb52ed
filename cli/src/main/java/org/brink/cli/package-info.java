/** The {@code brink} command line: the composition root that wires readers, annotator and coder. */
@NullMarked
package org.brink.cli;

import org.jspecify.annotations.NullMarked;
