package org.annals.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.annals.article.Article;
import org.annals.eval.NewsClusterCorpus;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.annals.story.StoryClusterer;
import org.annals.story.StorySignature;
import org.annals.story.TermStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of story grouping on the 13 news-cluster test articles: one signature per article (the
 * per-record work of the distributed job), and one pairwise {@code sameStory} decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StoryClustererBenchmark {

  private StoryClusterer clusterer;
  private List<Article> articles;
  private StorySignature a;
  private StorySignature b;

  @Setup
  public void setUp() throws Exception {
    List<LabelledArticle> corpus =
        NewsClusterCorpus.read(
            Path.of(StoryClustererBenchmark.class.getResource("/story/news_cluster").toURI()));
    articles = new ArrayList<>();
    List<Set<String>> termSets = new ArrayList<>();
    for (LabelledArticle l : corpus) {
      articles.add(l.article());
      termSets.add(StoryClusterer.standard().documentTerms(l.article()));
    }
    clusterer = StoryClusterer.standard().withStatistics(TermStatistics.count(termSets));
    a = clusterer.signature(articles.get(0));
    b = clusterer.signature(articles.get(1));
  }

  @Benchmark
  @OperationsPerInvocation(13)
  public void signaturePerArticle(Blackhole bh) {
    for (Article article : articles) {
      bh.consume(clusterer.signature(article));
    }
  }

  @Benchmark
  public boolean sameStoryPerPair() {
    return clusterer.sameStory(a, b);
  }
}
