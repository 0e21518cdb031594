package org.annals.article;

import java.io.Serializable;

/** What reading one input record gives: an article, or a reject with its reason. */
public record ReadResult(Article article, Reject reject) implements Serializable {

  public ReadResult {
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of article and reject must be set");
    }
  }

  public static ReadResult of(Article article) {
    return new ReadResult(article, null);
  }

  public static ReadResult of(Reject reject) {
    return new ReadResult(null, reject);
  }

  public boolean isArticle() {
    return article != null;
  }
}
