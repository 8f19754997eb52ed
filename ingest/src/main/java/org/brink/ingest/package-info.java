/**
 * Reads articles from files, directories and standard input, and cleans them into the main text
 * with page furniture removed.
 */
@NullMarked
package org.brink.ingest;

import org.jspecify.annotations.NullMarked;
