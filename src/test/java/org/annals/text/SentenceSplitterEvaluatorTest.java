package org.annals.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterEvaluatorTest {

  private static final String GOLD =
      "# a comment\n# doc: one\nFirst sentence.\nSecond one.\n\nNew paragraph.\n"
          + "# doc: two\nOnly one.\n";

  @Test
  void parsesDocumentsParagraphsAndSentences() {
    List<SentenceSplitterEvaluator.GoldDocument> docs = SentenceSplitterEvaluator.parse(GOLD);
    assertEquals(2, docs.size());
    assertEquals("First sentence. Second one.\n\nNew paragraph.", docs.get(0).text());
    assertEquals(3, docs.get(0).sentences().size());
    assertEquals("Only one.", docs.get(1).text());
  }

  @Test
  void countsOnlyBoundariesInsideParagraphs() {
    List<SentenceSplitterEvaluator.GoldDocument> docs = SentenceSplitterEvaluator.parse(GOLD);
    SentenceSplitterEvaluator.Result perfect =
        SentenceSplitterEvaluator.evaluate(SentenceSplitter.standard(), docs);
    assertEquals(1, perfect.goldBoundaries());
    assertEquals(1.0, perfect.f1());
    assertEquals(4, perfect.exactSentences());

    SentenceSplitter firstParagraphOnly =
        text -> {
          int end = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
          return List.of(new Sentence(0, 0, end, text.substring(0, end)));
        };
    SentenceSplitterEvaluator.Result missed =
        SentenceSplitterEvaluator.evaluate(firstParagraphOnly, docs);
    assertEquals(0.0, missed.recall());
    assertEquals(1.0, missed.precision());
  }

  @Test
  void openNlpLoadsItsModelFromTheJarAndKeepsOffsetsExact() {
    String text = "Mr. Smith went to Washington. He met the U.S. president.\n\nThen he left.";
    List<Sentence> s = new OpenNlpSentenceSplitter().split(text);
    assertEquals(3, s.size(), s.toString());
    for (Sentence x : s) {
      assertEquals(text.substring(x.begin(), x.end()), x.text());
    }
  }
}
