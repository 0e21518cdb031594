package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchRecordReaderTest {

  @TempDir Path dir;

  private PetrarchRecordReader.Contents read(String sentences) throws Exception {
    Path f = dir.resolve("records.xml");
    Files.writeString(f, "<Sentences>\n" + sentences + "</Sentences>\n", StandardCharsets.UTF_8);
    return PetrarchRecordReader.readAll(f);
  }

  @Test
  void readsSingleQuotedAttributesAndDatesWithDashes() throws Exception {
    PetrarchRecordReader.Contents c =
        read(
            "<Sentence date='2012-04-23' id='TJK-1'>\n"
                + "<EventCoding sourcecode='RUS' targetcode='TJK' eventcode='042'></EventCoding>\n"
                + "<Text>Russian President Medvedev visited Dushanbe.</Text>\n</Sentence>\n");
    PetrarchRecord r = c.records().get(0);
    assertEquals("TJK-1", r.id());
    assertEquals(LocalDate.of(2012, 4, 23), r.date());
    assertEquals(List.of(new PetrarchRecord.GoldEvent("RUS", "TJK", "042")), r.gold());
    assertTrue(c.problems().isEmpty(), c.problems().toString());
  }

  @Test
  void opensCdataAndResolvesCharacterReferences() throws Exception {
    PetrarchRecord r =
        read("<Sentence date=\"20120423\" id=\"TJK-2\">\n"
                + "<EventCoding noevents=\"True\"></EventCoding>\n"
                + "<Text>Tajikistan&#8217;s leader met <![CDATA[<Gazprom> & Lukoil]]>"
                + " &#x2014; again &amp; again.</Text>\n</Sentence>\n")
            .records()
            .get(0);
    assertEquals("Tajikistan\u2019s leader met <Gazprom> & Lukoil \u2014 again & again.", r.text());
    assertTrue(r.noEvent());
  }

  /** PETRARCH codes from the parse; a record whose text is empty is read from its parse's words. */
  @Test
  void readsAnEmptyTextFromItsParse() throws Exception {
    PetrarchRecordReader.Contents c =
        read(
            "<Sentence date = \"20150609\" id =\"TEST_1\" source = \"AFP\">\n<Text>\n\n</Text>\n"
                + "<Parse>\n(ROOT (S (NP (NNP Ukraine)) (VP (VBZ says) (SBAR (S (NP (NNP Russia)) (VP"
                + " (VBD was) (ADJP (JJ behind) (NP (DT the) (NNS attacks) (-LRB- -LRB-) (NNP AFP)"
                + " (-RRB- -RRB-))))))) (, ,) (NP (PRP it)) (VP (VBD did) (RB n't) (VB deny)) (. .)))\n"
                + "</Parse>\n</Sentence>\n");
    assertEquals(
        "Ukraine says Russia was behind the attacks (AFP), it didn't deny.",
        c.records().get(0).text());
    assertEquals(List.of("sentence TEST_1: empty <Text>, read from its <Parse>"), c.problems());
  }

  @Test
  void namesTheSentencesItSkipsAndTheDatesItDrops() throws Exception {
    PetrarchRecordReader.Contents c =
        read(
            "<Sentence date=\"20120423\" id=\"A-1\">\n"
                + "<EventCoding noevents=\"True\"></EventCoding>\n</Sentence>\n"
                + "<Sentence date=\"23/04/2012\" id=\"A-2\">\n"
                + "<EventCoding noevents=\"True\"></EventCoding>\n"
                + "<Text>Nothing happened.</Text>\n</Sentence>\n"
                + "<Sentence date=\"20120423\">\n<Text>  </Text>\n</Sentence>\n");
    assertEquals(1, c.records().size());
    assertEquals("A-2", c.records().get(0).id());
    assertNull(c.records().get(0).date());
    assertEquals(3, c.problems().size(), c.problems().toString());
    assertTrue(c.problems().get(0).startsWith("sentence A-1: no <Text>"), c.problems().toString());
    assertTrue(c.problems().get(1).contains("\"23/04/2012\""), c.problems().toString());
    assertTrue(c.problems().get(2).startsWith("sentence 3 (no id): empty <Text>"));
  }
}
