package org.annals.article;

import static org.annals.article.ArticleReaderTest.articles;
import static org.annals.article.ArticleReaderTest.read;
import static org.annals.article.ArticleReaderTest.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  private static final String TAJIK =
      "Tajikistan rejects foreign requests for military bases, its president said on Tuesday.";

  private static List<String> ids(String path, String content) {
    return articles(read(path, content)).stream().map(Article::id).toList();
  }

  @Test
  void idsWithoutAnOwnIdDoNotDependOnHowThePathIsTyped() {
    String jsonl = "{\"title\": \"Bases\", \"text\": \"" + TAJIK + "\"}\n{\"text\": \"Two.\"}";
    List<String> plain = ids("jobs/samples/a.jsonl", jsonl);
    assertEquals(plain, ids("./jobs/samples/a.jsonl", jsonl));
    assertEquals(plain, ids("/home/me/annals/jobs/samples/a.jsonl", jsonl));
    assertEquals(plain, ids("file:///tmp/copy-of-a.jsonl", jsonl));
    assertEquals(
        ids("jobs/samples/tajik.txt", "Bases\n\n" + TAJIK),
        ids("./elsewhere/renamed.txt", "Bases\n\n" + TAJIK),
        "a whole-file article");
  }

  @Test
  void theContentIdCoversUrlTitleTextAndPublicationDay() {
    String base =
        "{\"url\": \"https://x.example/1\", \"title\": \"Bases\", \"date_publish\":"
            + " \"2012-04-23\", \"text\": \""
            + TAJIK
            + "\"}";
    String id = ids("a.jsonl", base).get(0);
    assertEquals(16, id.length());
    assertEquals(
        id,
        ids("b.jsonl", base.replace(TAJIK, "  " + TAJIK + "  ")).get(0),
        "the cleaned text counts, not the raw bytes");
    for (String[] change :
        new String[][] {
          {"https://x.example/1", "https://x.example/2"},
          {"Bases", "Other"},
          {"Tuesday", "Monday"},
          {"2012-04-23", "2012-04-24"}
        }) {
      assertNotEquals(id, ids("a.jsonl", base.replace(change[0], change[1])).get(0), change[1]);
    }
  }

  @Test
  void aRepeatedIdWithTheSameTextIsADuplicateReject() {
    List<ReadResult> results =
        read(
            "dup.jsonl",
            "{\"id\": \"7\", \"text\": \"One.\"}\n"
                + "{\"id\": \"8\", \"text\": \"Other.\"}\n"
                + "{\"id\": \"7\", \"text\": \"  One.\"}\n"
                + "{\"text\": \"Same.\"}\n"
                + "{\"text\": \"Same.\"}");
    assertEquals(List.of("7", "8"), articles(results).stream().limit(2).map(Article::id).toList());
    assertEquals(3, articles(results).size(), "the repeats are not analysed again");
    List<Reject> rejects = rejects(results);
    assertEquals(2, rejects.size(), rejects.toString());
    Reject seven = rejects.get(0);
    assertEquals(RejectReason.DUPLICATE_ID, seven.reason());
    assertEquals(3, seven.position());
    assertTrue(seven.detail().contains("dup.jsonl:1"), seven.detail());
    assertTrue(rejects.get(1).detail().contains("dup.jsonl:4"), rejects.get(1).detail());
    assertEquals(5, rejects.get(1).position());
  }

  @Test
  void aRepeatedIdWithOtherTextIsAnotherArticleWithItsOwnId() {
    List<ReadResult> results =
        read(
            "dup.jsonl",
            "{\"id\": \"7\", \"text\": \"One.\"}\n"
                + "{\"id\": \"7\", \"text\": \"Two.\"}\n"
                + "{\"id\": \"7\", \"text\": \"Two.\"}\n"
                + "{\"id\": \"7\", \"text\": \"Three.\"}");
    List<Article> a = articles(results);
    assertEquals(
        List.of("7", "7~" + StableId.of("7", "Two."), "7~" + StableId.of("7", "Three.")),
        a.stream().map(Article::id).toList());
    assertEquals(ArticleIds.variant("7", "Two."), a.get(1).id());
    assertFalse(a.get(0).flags().contains(ArticleFlag.DUPLICATE_ID));
    assertTrue(a.get(1).flags().contains(ArticleFlag.DUPLICATE_ID));
    assertEquals(List.of("duplicate_id"), a.get(2).flagLabels());
    for (Article article : a) {
      assertEquals("7", ArticleIds.recordId(article));
    }
    Reject repeat = rejects(results).get(0);
    assertEquals(RejectReason.DUPLICATE_ID, repeat.reason());
    assertTrue(repeat.detail().contains("dup.jsonl:2"), "the repeat of line 2, not of line 1");
  }

  @Test
  void theSameRecordsGetTheSameIdsInAnyFile() {
    String jsonl = "{\"id\": \"7\", \"text\": \"One.\"}\n{\"id\": \"7\", \"text\": \"Two.\"}";
    assertEquals(ids("a/x.jsonl", jsonl), ids("./b/y.jsonl", jsonl));
  }

  @Test
  void anOverLongIdIsReplacedByItsHashAndFlagged() {
    String longId = "urn:" + "x".repeat(ArticleIds.MAX_ID_CHARS);
    List<ReadResult> results =
        read(
            "long.jsonl",
            "{\"id\": \""
                + longId
                + "\", \"text\": \"One.\"}\n"
                + "{\"id\": \""
                + longId
                + "\", \"text\": \"One.\"}\n"
                + "{\"id\": \""
                + "y".repeat(ArticleIds.MAX_ID_CHARS)
                + "\", \"text\": \"One.\"}");
    Article a = articles(results).get(0);
    assertEquals(ArticleIds.ofLongId(longId), a.id());
    assertEquals(List.of("id_replaced"), a.flagLabels());
    assertEquals(
        RejectReason.DUPLICATE_ID,
        results.get(1).reject().reason(),
        "the same long id and text is still a repeat");
    Article atLimit = articles(results).get(1);
    assertEquals("y".repeat(ArticleIds.MAX_ID_CHARS), atLimit.id());
    assertTrue(atLimit.flags().isEmpty());
  }

  @Test
  void aFullTableStillChecksButFlagsWhatItNoLongerRecords() {
    ArticleIds ids = new ArticleIds(2);
    Set<ArticleFlag> flags = EnumSet.noneOf(ArticleFlag.class);
    assertEquals("a", ids.assign("a", "One.", 1, flags).id());
    assertEquals("b", ids.assign("b", "Two.", 2, flags).id());
    assertTrue(flags.isEmpty());

    assertEquals("c", ids.assign("c", "Three.", 3, flags).id());
    assertEquals(Set.of(ArticleFlag.ID_NOT_TRACKED), flags);

    ArticleIds.Assigned repeat = ids.assign("a", "One.", 4, EnumSet.noneOf(ArticleFlag.class));
    assertTrue(repeat.isDuplicate(), "recorded ids are still checked");
    assertEquals(1, repeat.duplicateOf());

    Set<ArticleFlag> other = EnumSet.noneOf(ArticleFlag.class);
    assertEquals(ArticleIds.variant("b", "Other."), ids.assign("b", "Other.", 5, other).id());
    assertEquals(EnumSet.of(ArticleFlag.DUPLICATE_ID, ArticleFlag.ID_NOT_TRACKED), other);
  }

  @Test
  void aVariantTakenByAnOwnIdGivesWayToAnother() {
    ArticleIds ids = new ArticleIds();
    Set<ArticleFlag> flags = EnumSet.noneOf(ArticleFlag.class);
    String variant = ArticleIds.variant("7", "Two.");
    ids.assign("7", "One.", 1, flags);
    ids.assign(variant, "Something else.", 2, flags);
    String third = ids.assign("7", "Two.", 3, flags).id();
    assertNotEquals(variant, third);
    assertTrue(third.startsWith("7~") && third.length() == 2 + 16, third);
    assertTrue(ids.assign("7", "Two.", 4, flags).isDuplicate());
  }
}
