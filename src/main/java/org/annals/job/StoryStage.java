package org.annals.job;

import org.annals.article.Article;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** Articles to story ids. */
final class StoryStage {

  private StoryStage() {}

  static JavaPairRDD<String, String> storyIds(JavaSparkContext jsc, JavaRDD<Article> articles) {
    return articles.mapToPair(a -> new scala.Tuple2<>(a.id(), a.id()));
  }
}
