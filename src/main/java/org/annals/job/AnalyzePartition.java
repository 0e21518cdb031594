package org.annals.job;

import java.util.Iterator;
import org.annals.article.Article;
import org.annals.article.Reject;
import org.annals.article.RejectReason;
import org.annals.mention.ArticleAnalyzer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs the language core over a partition, lazily: one article in, one outcome out. The analyzer is
 * built once per executor JVM. An article on which the core fails becomes a reject with the reason
 * {@link RejectReason#ANALYSIS_FAILED}; the task goes on.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<Article>, AnalysisOutcome> {

  private static final long serialVersionUID = 1L;

  private final LongAccumulator analyzed;
  private final LongAccumulator mentions;

  AnalyzePartition(LongAccumulator analyzed, LongAccumulator mentions) {
    this.analyzed = analyzed;
    this.mentions = mentions;
  }

  @Override
  public Iterator<AnalysisOutcome> call(Iterator<Article> articles) {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public AnalysisOutcome next() {
        Article a = articles.next();
        analyzed.add(1);
        try {
          var result = analyzer.analyze(a);
          mentions.add(result.mentions().size());
          return new AnalysisOutcome(result, null);
        } catch (RuntimeException | StackOverflowError e) {
          return new AnalysisOutcome(
              null,
              new Reject(
                  a.inputPath(),
                  a.inputPosition(),
                  RejectReason.ANALYSIS_FAILED,
                  e.getClass().getSimpleName() + ": " + e.getMessage(),
                  a.text()));
        }
      }
    };
  }
}
