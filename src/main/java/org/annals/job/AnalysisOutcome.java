package org.annals.job;

import java.io.Serializable;
import org.annals.article.Reject;
import org.annals.mention.AnalyzedArticle;

/** The language core's result for one article: the analysis, or a reject when it failed. */
record AnalysisOutcome(AnalyzedArticle analyzed, Reject reject) implements Serializable {

  boolean ok() {
    return analyzed != null;
  }
}
