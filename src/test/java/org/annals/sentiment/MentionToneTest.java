package org.annals.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MentionToneTest {

  private static final SentimentScorer VADER = SentimentScorer.standard();

  @Test
  void seedStanceTowardRussiaIsPositive() {
    double lexical =
        VADER.score(
            "“Russia is the main strategic partner and our natural ally, and I hope that it will"
                + " always be like this,” Rakhmon said in the Tajik capital Dushanbe.");
    // 051 Praise or endorse: Goldstein 3.4.
    assertTrue(MentionTone.of(lexical, 3.4, false) > 0.3);
  }

  @Test
  void seedJailingIsNegative() {
    double lexical =
        VADER.score(
            "Relations between Russia and Tajikistan have deteriorated recently, particularly"
                + " after a Russian pilot was jailed in Tajikistan last November.");
    // 173 Arrest, detain: Goldstein -5.0.
    assertTrue(MentionTone.of(lexical, -5.0, false) < -0.3);
  }

  @Test
  void hostileActIsNegativeEvenInNeutralWording() {
    assertTrue(MentionTone.of(0.0, -10.0, false) <= -0.5);
  }

  @Test
  void negatedEventKeepsOnlyItsWording() {
    double lexical = VADER.score("The army denied it had attacked the village.");
    assertEquals(0.5 * lexical, MentionTone.of(lexical, -10.0, true), 1e-12);
  }

  @Test
  void staysInRangeAndIgnoresNonFiniteInput() {
    assertEquals(1.0, MentionTone.of(1.0, 10.0, false), 1e-12);
    assertEquals(-1.0, MentionTone.of(-1.0, -10.0, false), 1e-12);
    assertEquals(0.35, MentionTone.of(Double.NaN, 7.0, false), 1e-12);
  }
}
