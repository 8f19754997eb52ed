package org.brink.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.brink.store.Rows;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The store's row contract ({@link Rows}) as Spark schemas and rows, so the job's Parquet has the
 * store's columns, names and types.
 */
final class SparkRows {
  private SparkRows() {}

  /** The Spark schema of a store table: the same column names, nullability and types. */
  static StructType schema(Rows.Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Rows.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  /** DuckDB's TIMESTAMP has no time zone, hence TimestampNTZ (Java's LocalDateTime). */
  static DataType type(Rows.Type type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampNTZType;
    };
  }

  static Row row(@Nullable Object[] values) {
    return RowFactory.create(values);
  }

  /** Rows as the Scala sequence an array column of a {@link Row} holds. */
  static scala.collection.immutable.Seq<Row> seq(List<@Nullable Object[]> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (@Nullable Object[] r : rows) {
      out.add(row(r));
    }
    return CollectionConverters.asScala(out).toSeq();
  }
}
