package org.annals.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleBasedSentenceSplitterTest {

  private final SentenceSplitter splitter = SentenceSplitter.standard();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void titlesMonthsAndInitialsDoNotEndSentences() {
    assertEquals(
        List.of(
            "Gen. David Petraeus met Mr. Smith and George W. Bush on Jan. 5 in Washington.",
            "Dr. Hay disagreed."),
        sentences(
            "Gen. David Petraeus met Mr. Smith and George W. Bush on Jan. 5 in Washington."
                + " Dr. Hay disagreed."));
  }

  @Test
  void abbreviationsThatMayEndASentenceEndOneOnlyBeforeASentenceOpener() {
    assertEquals(
        List.of("Exports to the U.S. rose.", "The U.S. Treasury said so.", "Acme Corp. agreed."),
        sentences("Exports to the U.S. rose. The U.S. Treasury said so. Acme Corp. agreed."));
    assertEquals(
        List.of("The deal was signed in the U.S.", "But Japan objected at 10 a.m.", "He left."),
        sentences("The deal was signed in the U.S. But Japan objected at 10 a.m. He left."));
  }

  @Test
  void decimalsNumbersAndUrlsNeverSplit() {
    assertEquals(
        List.of(
            "Output rose 5.93 mln against 5.81, or 2.1 pct, see www.reuters.com.",
            "No. 3 of 1987."),
        sentences(
            "Output rose 5.93 mln against 5.81, or 2.1 pct, see www.reuters.com. No. 3 of"
                + " 1987."));
  }

  @Test
  void quotesEndSentencesAfterTheirClosingMark() {
    assertEquals(
        List.of(
            "“Russia is the main strategic partner,” Rakhmon said.",
            "“We are not even considering them.”",
            "He did not name them."),
        sentences(
            "“Russia is the main strategic partner,” Rakhmon said. “We are not even considering"
                + " them.” He did not name them."));
    assertEquals(
        List.of(
            "\"Here, no one gives up!\" Castro declared.",
            "\"Why?\" Foreign Minister Lavrov" + " asked.",
            "\"We won.\"",
            "He said it twice."),
        sentences(
            "\"Here, no one gives up!\" Castro declared. \"Why?\" Foreign Minister Lavrov"
                + " asked. \"We won.\" He said it twice."));
    assertEquals(
        List.of("said Jones of Manhattan Beach, Calif.", "``There were fewer people.''"),
        sentences("said Jones of Manhattan Beach, Calif. ``There were fewer people.''"));
    assertEquals(
        List.of("\"Is it over?\" he asked.", "Nobody knew!", "Why?"),
        sentences("\"Is it over?\" he asked. Nobody knew! Why?"));
  }

  @Test
  void reutersDatelinesStayInTheirSentence() {
    assertEquals(
        List.of(
            "SALVADOR, Feb 26 - Showers continued throughout the week.",
            "WASHINGTON, Feb. 26 - The U.S. Agriculture Department said so."),
        sentences(
            "SALVADOR, Feb 26 - Showers continued throughout the week. WASHINGTON, Feb. 26 - The"
                + " U.S. Agriculture Department said so."));
  }

  @Test
  void paragraphBreaksAlwaysEndSentences() {
    assertEquals(
        List.of("Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs 2,858,000", "Note: up."),
        sentences("Shr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nNote: up."));
  }

  @Test
  void tokenisedTextWithSpacesBeforePeriodsSplits() {
    assertEquals(
        List.of("The virus has killed 60 people .", "It spread to Texas ."),
        sentences("The virus has killed 60 people . It spread to Texas ."));
  }

  @Test
  void ellipsisEndsASentenceOnlyBeforeACapital() {
    assertEquals(
        List.of("Talks dragged on ... and on.", "Then they ended..."),
        sentences("Talks dragged on ... and on. Then they ended..."));
    assertEquals(
        List.of("``Today is a sad day for the Constitution . . . and for the hopes of many.''"),
        sentences("``Today is a sad day for the Constitution . . . and for the hopes of many.''"));
  }

  @Test
  void overlongRunsAreCutAtTheLimit() {
    String word = "word ";
    String text = word.repeat(2000).strip();
    List<Sentence> s = splitter.split(text);
    assertTrue(s.size() >= 5);
    for (Sentence x : s) {
      assertTrue(x.text().length() <= RuleBasedSentenceSplitter.MAX_SENTENCE_CHARS);
    }
  }

  @Test
  void offsetsPointIntoTheTextExactly() {
    Random random = new Random(42);
    String alphabet = "aB. ?!\"”’)(\n.U.S.Mr.5";
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int index = 0;
      int previousEnd = 0;
      for (Sentence s : splitter.split(text)) {
        assertEquals(index++, s.index());
        assertTrue(s.begin() >= previousEnd && s.end() > s.begin(), text);
        assertEquals(text.substring(s.begin(), s.end()), s.text());
        assertEquals(s.text().strip(), s.text());
        previousEnd = s.end();
      }
    }
  }

  @Test
  void isAsGoodAsItsMeasuredFiguresOnHeldOutReuters() throws IOException {
    SentenceSplitterEvaluator.Result r =
        SentenceSplitterEvaluator.evaluate(
            splitter, SentenceSplitterEvaluator.parse(resource("sentences-reuters-heldout.txt")));
    assertTrue(r.f1() >= 0.95, r.toString());
    assertTrue(r.sentenceAccuracy() >= 0.97, r.toString());
  }

  @Test
  void splitsTheSeedArticleIntoItsNineSentences() throws IOException {
    SentenceSplitterEvaluator.Result r =
        SentenceSplitterEvaluator.evaluate(
            splitter, SentenceSplitterEvaluator.parse(resource("sentences-seed.txt")));
    assertEquals(9, r.exactSentences(), r.toString());
  }

  static String resource(String name) throws IOException {
    try (InputStream in =
        RuleBasedSentenceSplitterTest.class.getResourceAsStream("/text/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
