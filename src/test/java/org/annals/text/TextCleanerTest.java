package org.annals.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final TextCleaner cleaner = TextCleaner.standard();

  private static String resource(String name) throws IOException {
    try (InputStream in = TextCleanerTest.class.getResourceAsStream("/text/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void joinsHardWrappedNewswireLinesIntoParagraphs() {
    String reuters =
        "Showers continued throughout the week in\n"
            + "the Bahia cocoa zone, alleviating the drought since early\n"
            + "January and improving prospects for the coming temporao.\n"
            + "    The dry period means the temporao will be late this year.\n"
            + "    Arrivals for the week ended February 22 were 155,221 bags\n"
            + "of 60 kilos.\n"
            + " Reuter";
    assertEquals(
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought"
            + " since early January and improving prospects for the coming temporao.\n\n"
            + "The dry period means the temporao will be late this year.\n\n"
            + "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.",
        cleaner.clean(reuters));
  }

  @Test
  void keepsLinesAsParagraphsInTextThatIsNotHardWrapped() {
    String newsPlease =
        "The accident happened late Tuesday on the Rhine River near the north-west German city of"
            + " Duisburg.\nThere were 129 people on board the ship when the vessel hit a supporting"
            + " pillar of the A42 motorway.\nFour people were taken to hospital.";
    assertEquals(3, cleaner.paragraphs(newsPlease).size());
    assertTrue(cleaner.clean(newsPlease).contains("Duisburg.\n\nThere were"));
  }

  @Test
  void rejoinsWordsHyphenatedAtALineEndOnlyBeforeALowerCaseLetter() {
    String wrapped =
        "The company said the outlook for the coming season was long-\n"
            + "term positive and that the crop would be larger than in\n"
            + "the previous year, when the bank's Miami-based and U.S.-\n"
            + "Based units made losses on their loans to the growers.";
    String clean = cleaner.clean(wrapped);
    assertTrue(clean.contains("was long-term positive"), clean);
    assertTrue(clean.contains("U.S.- Based"), clean);
  }

  @Test
  void removesTheSeedBlogsFurnitureAndKeepsItsBody() throws IOException {
    String seed = resource("seed-body.txt");
    String clean = cleaner.clean(seed);
    assertTrue(clean.startsWith("(Reuters) – Tajikistan, a former Soviet republic"), clean);
    assertTrue(clean.endsWith("toward its southern borders."), clean);
    for (String furniture :
        new String[] {
          "via Tajikistan",
          "Leave a Reply",
          "WordPress.com",
          "commenting using",
          "Connecting to",
          "Log Out"
        }) {
      assertFalse(clean.contains(furniture), furniture);
    }
    assertEquals(9, cleaner.paragraphs(seed).size());
  }

  @Test
  void removesCommonShareBarsAndSignOffsOfOtherSites() {
    String page =
        "Officials met in Geneva on Monday.\n\nShare this:\n\nTwitter\nFacebook\n\nLike this:\n\n"
            + "Like Loading...\n\nRelated\n\nAnother story entirely.";
    assertEquals("Officials met in Geneva on Monday.", cleaner.clean(page));
    assertEquals(
        "Talks resumed.",
        cleaner.clean(
            "Talks resumed.\nAdvertisement\nShare on Facebook\n(Reporting by Jane Doe;"
                + " Editing by John Roe)"));
    assertEquals("Talks resumed.", cleaner.clean("Talks resumed.\n REUTER\n"));
  }

  @Test
  void removesFurnitureOfBloggerAndNewsSites() {
    String page =
        "Photo\nWe use cookies to improve your experience. By continuing you accept our cookie policy.\n"
            + "Skip to content\n"
            + "The minister resigned on Monday after a vote of no confidence.\n"
            + "Photograph: Jane Doe/Reuters\n"
            + "Opposition leaders welcomed the decision.\n"
            + "First published on Mon 23 Apr 2012 10.00 BST\n"
            + "Share this with Email Facebook Twitter\n"
            + "Posted by Anna at 10:14 AM\n"
            + "Labels: politics, europe\n"
            + "Newer Post Older Post Home\n"
            + "Subscribe to: Post Comments (Atom)\n"
            + "Advertisement Continue reading the main story\n"
            + "Scroll down for video\n"
            + "[Corruption runs deep in the system]\n"
            + "More: Iran blocks messaging app\n"
            + "The Associated Press contributed to this report.";
    assertEquals(
        "The minister resigned on Monday after a vote of no confidence.\n\n"
            + "Opposition leaders welcomed the decision.",
        cleaner.clean(page));
  }

  @Test
  void keepsBodyParagraphsThatMerelyMentionFurnitureWords() {
    String body =
        "The company said its updated forecast for 2012 was cautious, citing cookies sales.\n"
            + "Photo agencies said demand for pictures of the royal wedding hit a record.\n"
            + "Subscribers to the newsletter were told on Monday that prices would rise.\n"
            + "Published reports said on Monday that in 2011 the army withdrew.\n"
            + "Updated figures for 2011 showed a deficit. The ministry disputed them.";
    assertEquals(5, cleaner.paragraphs(body).size());
  }

  @Test
  void aTrailerMarkerAtTheStartDoesNotEraseTheArticle() {
    assertEquals(
        "Comments by the minister angered the opposition.",
        cleaner.clean("Related\n\nComments by the minister angered the opposition."));
  }

  @Test
  void decodesEntitiesAndDropsExportTagsButKeepsTickerSymbols() {
    assertEquals(
        "AT&T said “profits rose” – British Petroleum Co Plc <BP> agreed.",
        cleaner.clean(
            "AT&amp;T said &#8220;profits rose&#8221; &ndash; <b>British Petroleum</b>"
                + " Co Plc <BP> agreed."));
    assertEquals("First.\n\nSecond.", cleaner.clean("<p>First.</p><p>Second.</p>"));
  }

  @Test
  void removesControlAndInvisibleCharacters() {
    assertEquals(
        "Tajik President Rakhmon said.",
        cleaner.clean("Tajik\u00A0President\u0000 Rak\u00ADhmon\u200B said.\u0007"));
    assertEquals("a b\n\nc", cleaner.clean("a\tb\r\n\r\nc\u000B"));
  }

  @Test
  void cleaningIsStableOnCleanedText() {
    String once =
        cleaner.clean(
            "Showers continued in\nthe zone.\n    Prices rose 5.93 pct.\n"
                + " Reuter\n\nLeave a Reply\nYou are commenting using your Twitter account.");
    assertEquals(once, cleaner.clean(once));
  }

  @Test
  void nothingButFurnitureOrWhitespaceCleansToEmpty() {
    assertEquals("", cleaner.clean(" \n\t\r\n "));
    assertEquals("", cleaner.clean("Advertisement\n\nShare\n"));
    assertEquals("", cleaner.clean(null));
  }

  @Test
  void inlineFieldsBecomeOneLine() {
    assertEquals(
        "Tajikistan & Russia: talks", cleaner.cleanInline("  Tajikistan &amp; Russia:\n talks "));
  }
}
