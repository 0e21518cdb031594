package org.annals.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.article.Article;
import org.annals.article.ArticleFlag;
import org.annals.article.ArticleIds;
import org.annals.article.ReadResult;
import org.annals.article.Reject;
import org.annals.article.RejectReason;
import org.annals.article.StableId;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Articles that share an id across input files, settled by the rule the readers apply within a file
 * ({@link ArticleIds}): in read order (input path, then position), a later record whose id (as
 * read, {@link ArticleIds#recordId}) and text equal an earlier one's is a duplicate and becomes a
 * {@link RejectReason#DUPLICATE_ID} reject; a later record with the same id but other text is
 * another article and gets the id {@link ArticleIds#variant}, flagged {@link
 * ArticleFlag#DUPLICATE_ID}.
 *
 * <p>Only ids, positions and text hashes are shuffled to find them; the decisions (usually few) are
 * broadcast with the task closure.
 */
final class DuplicateArticles implements Serializable {

  private static final long serialVersionUID = 1L;

  private record Copy(String inputPath, long position, String textHash) implements Serializable {}

  /** What to do with one later copy: reject it ({@code newId == null}) or give it a variant id. */
  private record Decision(String newId, String firstAt) implements Serializable {
    static final String VARIANT = "variant";
  }

  private static final Comparator<Copy> READ_ORDER =
      Comparator.comparing(Copy::inputPath).thenComparingLong(Copy::position);

  private final HashMap<String, Decision> decisions;

  private DuplicateArticles(Map<String, Decision> decisions) {
    this.decisions = new HashMap<>(decisions);
  }

  /** Finds the later copies among {@code read}'s articles. */
  static DuplicateArticles find(JavaRDD<ReadResult> read) {
    Map<String, Decision> decisions =
        read.filter(ReadResult::isArticle)
            .mapToPair(
                r -> {
                  Article a = r.article();
                  String id = ArticleIds.recordId(a);
                  return new Tuple2<>(
                      id, new Copy(a.inputPath(), a.inputPosition(), StableId.of(a.text())));
                })
            .groupByKey()
            .flatMapToPair(g -> decide(g._2()).iterator())
            .collectAsMap();
    return new DuplicateArticles(decisions);
  }

  private static List<Tuple2<String, Decision>> decide(Iterable<Copy> copies) {
    List<Copy> all = new ArrayList<>();
    copies.forEach(all::add);
    List<Tuple2<String, Decision>> out = new ArrayList<>();
    if (all.size() < 2) {
      return out;
    }
    all.sort(READ_ORDER);
    Copy first = all.get(0);
    String firstAt = first.inputPath() + ":" + first.position();
    List<String> seenTexts = new ArrayList<>();
    seenTexts.add(first.textHash());
    for (Copy c : all.subList(1, all.size())) {
      String key = key(c.inputPath(), c.position());
      if (seenTexts.contains(c.textHash())) {
        out.add(new Tuple2<>(key, new Decision(null, firstAt)));
      } else {
        seenTexts.add(c.textHash());
        out.add(new Tuple2<>(key, new Decision(Decision.VARIANT, firstAt)));
      }
    }
    return out;
  }

  private static String key(String path, long position) {
    return path + '\u0000' + position;
  }

  /** Applies the decisions to one read result. */
  ReadResult settle(ReadResult r) {
    if (!r.isArticle() || decisions.isEmpty()) {
      return r;
    }
    Article a = r.article();
    Decision d = decisions.get(key(a.inputPath(), a.inputPosition()));
    if (d == null) {
      return r;
    }
    String recordId = ArticleIds.recordId(a);
    if (d.newId() == null) {
      return ReadResult.of(
          new Reject(
              a.inputPath(),
              a.inputPosition(),
              RejectReason.DUPLICATE_ID,
              "article id " + recordId + " and its text were read first at " + d.firstAt(),
              a.text()));
    }
    EnumSet<ArticleFlag> flags = EnumSet.of(ArticleFlag.DUPLICATE_ID);
    flags.addAll(a.flags());
    return ReadResult.of(
        new Article(
            ArticleIds.variant(recordId, a.text()),
            a.source(),
            a.url(),
            a.title(),
            a.published(),
            a.publishedBasis(),
            a.text(),
            a.inputPath(),
            a.inputPosition(),
            flags));
  }
}
