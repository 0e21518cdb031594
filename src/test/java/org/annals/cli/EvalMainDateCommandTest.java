package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalMainDateCommandTest {

  @TempDir Path data;

  @Test
  void scoresTheLeadsAnchoredEventAgainstAnnalsAndThePublicationDate() throws Exception {
    Files.writeString(
        data.resolve("doc1.tml"),
        """
        <?xml version="1.0" ?>
        <TimeML><DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19" functionInDocument="CREATION_TIME">19980219</TIMEX3></DCT>
        <TEXT>
        BAGHDAD _ Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the northern town of Zakho on <TIMEX3 tid="t1" type="DATE" value="1998-02-17">Tuesday</TIMEX3>, killing three soldiers and wounding a dozen others.
        </TEXT>
        <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
        </TimeML>
        """);
    Files.writeString(data.resolve("notes.txt"), "not a TimeML file");
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new EvalMainDateCommand());
    cmd.setOut(new PrintWriter(out));
    int code = cmd.execute("--data", data.toString(), "--verbose");
    assertEquals(0, code);
    String s = out.toString();
    assertTrue(s.contains("on 1 documents: 1 with a gold day, 0 whose lead"), s);
    assertTrue(s.contains("all       documents 1, with gold 1: exact day 1.000 (1)"), s);
    assertTrue(s.contains("publication date: exact 0.000 (0)"), s);
  }

  @Test
  void refusesAMissingDirectory() {
    CommandLine cmd = new CommandLine(new EvalMainDateCommand());
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertEquals(2, cmd.execute("--data", data.resolve("missing").toString()));
  }
}
