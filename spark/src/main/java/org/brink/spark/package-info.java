/**
 * Brink on Apache Spark: reads articles from any Hadoop path, codes them with the same pipeline as
 * the CLI in {@code mapPartitions}, writes the store's tables as Parquet partitioned by day, and
 * merges and aggregates them with Spark SQL (docs/spark.md). Spark types stay in this package.
 */
@NullMarked
package org.brink.spark;

import org.jspecify.annotations.NullMarked;
