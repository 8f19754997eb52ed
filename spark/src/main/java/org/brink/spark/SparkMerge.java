package org.brink.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.brink.core.Location;
import org.brink.store.Rows;
import org.brink.store.merge.EventMerger;
import org.brink.store.merge.MentionFacts;
import org.brink.store.merge.MergeConfig;
import org.brink.store.merge.MergedEvent;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The merge and the aggregates with Spark SQL, over the temporary views {@code mentions} and
 * {@code articles}. The merge rule is the store's own: counted mentions are selected and grouped
 * by country dyad in SQL, and each dyad's mentions go through {@link EventMerger}, the pure-Java
 * merger the store runs (docs/store.md, "Merge"), so both decide alike.
 */
final class SparkMerge {
  private SparkMerge() {}

  /** The store's counted mentions query (StoreMerge), in Spark SQL. */
  private static final String COUNTED_MENTIONS =
      "SELECT m.id, m.article_id, m.source_code, m.source_text, m.target_code, m.target_text,"
          + " m.code, m.name, m.quad_class, m.goldstein, m.modality,"
          + " coalesce(m.`date`, a.published, CAST(a.coded_at AS DATE)) AS day,"
          + " coalesce(a.published, CAST(a.coded_at AS DATE)) AS seen, a.coded_at,"
          + " m.location_name, m.location_country, m.location_admin1, m.lat, m.lon, m.geonames_id,"
          + " m.sentence_index, m.confidence, a.outlet, a.url,"
          + " concat(coalesce(substr(m.source_code, 1, 3), ''), '|',"
          + " coalesce(substr(m.target_code, 1, 3), '')) AS dyad"
          + " FROM mentions m JOIN articles a ON a.id = m.article_id"
          + " WHERE m.modality IN ('asserted', 'future')";

  /** Merged events with the ids of their mentions. */
  static final StructType EVENTS_WITH_MENTIONS =
      SparkRows.schema(Rows.EVENTS)
          .add("mention_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** The store's actors query (StoreMerge), in Spark SQL. */
  static final String ACTORS =
      "WITH f AS (SELECT source_code AS code, source_text AS text, article_id FROM mentions"
          + " WHERE source_code IS NOT NULL UNION ALL SELECT target_code, target_text, article_id"
          + " FROM mentions WHERE target_code IS NOT NULL),"
          + " b AS (SELECT code, text FROM (SELECT code, text, row_number() OVER (PARTITION BY code"
          + " ORDER BY n DESC, text) AS r FROM (SELECT code, text, count(*) AS n FROM f"
          + " GROUP BY code, text)) WHERE r = 1)"
          + " SELECT f.code, substr(f.code, 1, 3) AS country, first(b.text) AS name,"
          + " sort_array(collect_set(f.text)) AS names, count(*) AS mentions,"
          + " count(DISTINCT f.article_id) AS articles"
          + " FROM f JOIN b ON b.code = f.code GROUP BY f.code";

  /**
   * Dyad × day series over the merged events (the store's Aggregates daily query): events by
   * QuadClass, the Goldstein sum and mean, and the mentions behind them. Days without events have
   * no row.
   */
  static final String DYAD_DAYS =
      "SELECT source_country, target_country, `day`, count(*) AS events,"
          + " count_if(quad_class = 1) AS verbal_cooperation,"
          + " count_if(quad_class = 2) AS material_cooperation,"
          + " count_if(quad_class = 3) AS verbal_conflict,"
          + " count_if(quad_class = 4) AS material_conflict,"
          + " sum(goldstein) AS goldstein_sum, sum(goldstein) / count(*) AS goldstein_mean,"
          + " sum(num_mentions) AS mentions"
          + " FROM events WHERE quad_class IS NOT NULL GROUP BY source_country, target_country, `day`";

  /** Merged events (with their mention ids) from the {@code mentions} and {@code articles} views. */
  static Dataset<Row> events(SparkSession spark, MergeConfig config) {
    Dataset<Row> counted = spark.sql(COUNTED_MENTIONS);
    int window = config.dayWindow();
    return counted
        .groupByKey((MapFunction<Row, String>) r -> r.getString(r.fieldIndex("dyad")), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (dyad, rows) -> merge(rows, new MergeConfig(window)),
            Encoders.row(EVENTS_WITH_MENTIONS));
  }

  private static Iterator<Row> merge(Iterator<Row> rows, MergeConfig config) {
    List<MentionFacts> facts = new ArrayList<>();
    while (rows.hasNext()) {
      facts.add(facts(rows.next()));
    }
    List<Row> out = new ArrayList<>();
    for (MergedEvent e : new EventMerger(config).merge(facts)) {
      @Nullable Object[] event = Rows.event(e);
      Object[] withIds = java.util.Arrays.copyOf(event, event.length + 1);
      withIds[event.length] = CollectionConverters.asScala(e.mentionIds()).toSeq();
      out.add(RowFactory.create(withIds));
    }
    return out.iterator();
  }

  private static MentionFacts facts(Row r) {
    String articleId = r.getAs("article_id");
    String url = r.getAs("url");
    String locationName = r.getAs("location_name");
    Location place =
        locationName == null
            ? null
            : new Location(
                locationName,
                r.getAs("location_country"),
                r.getAs("location_admin1"),
                r.getAs("lat"),
                r.getAs("lon"),
                r.getAs("geonames_id"));
    return new MentionFacts(
        r.getAs("id"),
        articleId,
        r.getAs("source_code"),
        r.getAs("source_text"),
        r.getAs("target_code"),
        r.getAs("target_text"),
        r.getAs("code"),
        r.getAs("name"),
        r.<Integer>getAs("quad_class"),
        r.<Double>getAs("goldstein"),
        r.getAs("modality"),
        r.<LocalDate>getAs("day"),
        r.<LocalDate>getAs("seen"),
        r.<LocalDateTime>getAs("coded_at"),
        place,
        r.<Integer>getAs("sentence_index"),
        r.<Double>getAs("confidence"),
        MentionFacts.sourceKey(r.getAs("outlet"), url, articleId),
        url);
  }
}
