package org.annals.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermStatisticsTest {

  @Test
  void rareTermsWeighMoreThanCommonOnes() {
    TermStatistics s =
        TermStatistics.count(
            List.of(Set.of("police", "duisburg"), Set.of("police", "erie"), Set.of("police")));
    assertEquals(3, s.documents());
    assertTrue(s.idf("erie") > s.idf("police"));
    assertEquals(s.idf("never-seen"), s.idf("erie"), 1e-12);
  }

  @Test
  void termsOfOneArticleCannotLinkTwo() {
    TermStatistics s = TermStatistics.count(List.of(Set.of("police", "erie"), Set.of("police")));
    assertTrue(s.canBeShared("police"));
    assertFalse(s.canBeShared("erie"));
    assertTrue(TermStatistics.NONE.canBeShared("erie"));
    assertEquals(1.0, TermStatistics.NONE.idf("erie"), 0.0);
  }

  @Test
  void pluralsMeetTheirSingular() {
    assertEquals("satellite", StoryTerms.stem("satellites"));
    assertEquals("launch", StoryTerms.stem("launches"));
    assertEquals("city", StoryTerms.stem("cities"));
    assertEquals("bus", StoryTerms.stem("bus"));
  }
}
