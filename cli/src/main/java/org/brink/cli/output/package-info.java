/** Writers of coded articles: JSON Lines (the stable output contract) and a listing for people. */
@NullMarked
package org.brink.cli.output;

import org.jspecify.annotations.NullMarked;
