package org.annals.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaderScorerTest {

  private static final SentimentScorer VADER = SentimentScorer.standard();

  /** The compound scores VADER's authors publish for their demo sentences. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VADER is smart, handsome, and funny.| 0.8316",
        "VADER is smart, handsome, and funny!| 0.8439",
        "VADER is very smart, handsome, and funny.| 0.8545",
        "VADER is VERY SMART, handsome, and FUNNY.| 0.9227",
        "VADER is VERY SMART, handsome, and FUNNY!!!| 0.9342",
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!| 0.9469",
        "VADER is not smart, handsome, nor funny.| -0.7424",
        "The book was good.| 0.4404",
        "The book was kind of good.| 0.3832",
        "The plot was good, but the characters are uncompelling and the dialog is not great.|"
            + " -0.7042",
        "At least it isn't a horrible book.| 0.431",
        "Make sure you :) or :D today!| 0.8633",
        "Today SUX!| -0.5461",
        "Today only kinda sux! But I'll get by, lol| 0.5249",
        "Not bad at all| 0.431",
      })
  void publishedExamples(String sentence, double compound) {
    assertEquals(compound, VADER.score(sentence), 5e-5, sentence);
  }

  @Test
  void seedArticleStanceIsPositiveAndJailingNegative() {
    double stance =
        VADER.score(
            "“Russia is the main strategic partner and our natural ally, and I hope that it will"
                + " always be like this,” Rakhmon said in the Tajik capital Dushanbe.");
    double jailing =
        VADER.score(
            "Relations between Russia and Tajikistan have deteriorated recently, particularly"
                + " after a Russian pilot was jailed in Tajikistan last November, prompting"
                + " speculation that Tajikistan might seek closer ties with Moscow’s rivals in the"
                + " region.");
    assertTrue(stance > 0.3, "stance " + stance);
    assertTrue(jailing < -0.2, "jailing " + jailing);
  }

  @Test
  void newsSentences() {
    assertTrue(VADER.score("At least 40 people were killed in a suicide bombing in Mosul.") < -0.5);
    assertTrue(VADER.score("The two leaders signed a peace agreement and praised the talks.") > .5);
    assertTrue(VADER.score("The ministry said the talks were not successful.") < 0);
    assertEquals(0.0, VADER.score("The meeting will take place in Geneva on Tuesday."), 1e-9);
  }

  @Test
  void typographicApostropheNegatesLikeAscii() {
    assertEquals(
        VADER.score("The deal isn't good for Europe."),
        VADER.score("The deal isn’t good for Europe."),
        1e-12);
    assertTrue(VADER.score("The deal isn’t good for Europe.") < 0);
  }

  @Test
  void emptyAndPunctuationOnlyTextIsNeutral() {
    assertEquals(0.0, VADER.score(""), 0.0);
    assertEquals(0.0, VADER.score(null), 0.0);
    assertEquals(0.0, VADER.score(" -- ... !"), 0.0);
  }

  @Test
  void scoresStayInRange() {
    String s = "great ".repeat(500) + "!!!!!!";
    double c = VADER.score(s);
    assertTrue(c <= 1.0 && c > 0.99);
  }

  @Test
  void standardIsOneInstancePerJvm() {
    assertSame(SentimentScorer.standard(), SentimentScorer.standard());
  }
}
