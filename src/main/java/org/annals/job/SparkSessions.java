package org.annals.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession annals runs on: the master spark-submit set, else an embedded {@code local[*]}
 * (or the {@code local[N]} asked for). Settings that make output portable and deterministic (UTC,
 * ISO dates, Parquet timestamps as TIMESTAMP_MICROS) are always applied; an embedded session also
 * binds to loopback with no UI.
 */
public final class SparkSessions {

  private SparkSessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf(true);
    boolean embedded =
        !conf.contains("spark.master") || conf.get("spark.master").startsWith("local");
    if (embedded) {
      conf.setIfMissing("spark.master", "local[*]");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      int cores = Runtime.getRuntime().availableProcessors();
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)));
      conf.setIfMissing("spark.default.parallelism", String.valueOf(Math.max(2, cores)));
    }
    conf.setAppName(appName);
    conf.set("spark.sql.session.timeZone", "UTC");
    conf.set("spark.sql.datetime.java8API.enabled", "true");
    conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "static");
    conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    conf.setIfMissing("spark.sql.parquet.summary.metadata.level", "NONE");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
