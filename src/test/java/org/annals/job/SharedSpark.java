package org.annals.job;

import org.apache.spark.sql.SparkSession;

/** One embedded SparkSession per test JVM, as Spark's own suites do; stopped at JVM exit. */
final class SharedSpark {

  private SharedSpark() {}

  private static SparkSession session;

  static synchronized SparkSession get() {
    if (session == null) {
      System.setProperty("spark.master", "local[2]");
      System.setProperty("spark.sql.shuffle.partitions", "4");
      session = SparkSessions.create("annals-test");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
