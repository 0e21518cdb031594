package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.eval.BCubed;
import org.annals.eval.NewsClusterCorpus;
import org.annals.eval.NewsClusterCorpus.LabelledArticle;
import org.annals.eval.StoryEvaluator;
import org.annals.eval.StoryEvaluator.Fold;
import org.annals.story.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annals eval stories}: B-cubed scores of story grouping on the news-cluster set. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Group the articles of a news-please JSON directory into stories and score them against",
      "newsCluster.EventId with B-cubed precision, recall and F1: with the shipped threshold,",
      "and cross-validated (threshold tuned on half the stories, scored on the other half)."
    })
public final class EvalStoriesCommand implements Callable<Integer> {

  @Mixin EvalCommand.NewsClusterData data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledArticle> articles = NewsClusterCorpus.read(data.dir);
    long stories = articles.stream().map(LabelledArticle::story).distinct().count();
    out.printf(Locale.ROOT, "%d articles, %d stories in %s%n", articles.size(), stories, data.dir);
    out.printf(Locale.ROOT, "%-48s %9s %9s %9s%n", "", "precision", "recall", "F1");
    print(out, "every article alone", StoryEvaluator.singletons(articles));
    StoryClusterer standard = StoryClusterer.standard();
    for (boolean stats : new boolean[] {true, false}) {
      String idf = stats ? "collection IDF" : "no IDF";
      print(
          out,
          String.format(Locale.ROOT, "%s, threshold %.2f", idf, standard.threshold()),
          StoryEvaluator.evaluate(standard, articles, stats));
      List<Fold> folds = StoryEvaluator.crossValidate(standard, articles, stats);
      for (int k = 0; k < folds.size(); k++) {
        Fold f = folds.get(k);
        String name = k == 0 ? "A->B" : "B->A";
        String tuned = String.format(Locale.ROOT, "%s, %s tuned %.2f", idf, name, f.threshold());
        print(out, tuned + ", tuning half", f.tuningHalf());
        print(out, tuned + ", held-out half", f.heldOutHalf());
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String label, BCubed b) {
    out.printf(Locale.ROOT, "%-48s %9.3f %9.3f %9.3f%n", label, b.precision(), b.recall(), b.f1());
  }
}
