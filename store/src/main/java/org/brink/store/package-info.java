/**
 * The DuckDB event store: coded articles, events, quotes and problems in one embedded file, with
 * versioned schema migrations and JSON Lines and Parquet exports.
 */
@NullMarked
package org.brink.store;

import org.jspecify.annotations.NullMarked;
