package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.eval.NewsClusterCorpus;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.annals.eval.TimelineMergeEvaluator;
import org.annals.eval.TimelineMergeEvaluator.Scores;
import org.annals.mention.ArticleAnalyzer;
import org.annals.mention.EventMention;
import org.annals.story.StoryClusterer;
import org.annals.story.StorySignature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval timeline}: how well events merged across articles stay within one real-world
 * story, on the news-cluster set, with unknown actors scoped to the article, to the stories annals
 * finds, and to the gold stories (an upper bound).
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Run the language core over news-please JSON files labelled with newsCluster.EventId, merge",
      "the mentions into timeline events, and report the share of multi-article events whose",
      "articles share a gold story (precision) and the share of same-story article pairs that",
      "share an event (pair recall)."
    })
public final class EvalTimelineCommand implements Callable<Integer> {

  @Mixin EvalCommand.NewsClusterData data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledArticle> articles = NewsClusterCorpus.read(data.dir);
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    StoryClusterer clusterer = StoryClusterer.standard();
    List<EventMention> mentions = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    List<StorySignature> signatures = new ArrayList<>();
    int failed = 0;
    for (LabelledArticle a : articles) {
      gold.put(a.article().id(), a.story());
      signatures.add(clusterer.signature(a.article()));
      try {
        mentions.addAll(analyzer.analyze(a.article()).mentions());
      } catch (RuntimeException e) {
        failed++;
      }
    }
    Map<String, String> found = clusterer.cluster(signatures);
    out.printf(
        Locale.ROOT,
        "%d articles (%d failed), %d mentions%n",
        articles.size(),
        failed,
        mentions.size());
    out.printf(
        Locale.ROOT,
        "%-34s %7s %12s %10s %11s%n",
        "unknown actors scoped to",
        "events",
        "multi-arts",
        "precision",
        "pair-recall");
    print(out, "article", TimelineMergeEvaluator.score(mentions, gold, null));
    print(out, "story found by annals", TimelineMergeEvaluator.score(mentions, gold, found));
    print(out, "gold story (upper bound)", TimelineMergeEvaluator.score(mentions, gold, gold));
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String name, Scores s) {
    out.printf(
        Locale.ROOT,
        "%-34s %7d %12d %10.3f %11.3f%n",
        name,
        s.events(),
        s.multiArticleEvents(),
        s.precision(),
        s.pairRecall());
  }
}
