package org.annals.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryReaderTest {

  private static List<ActorEntry> read(String text) throws IOException {
    return PetrarchDictionaryReader.readActors(new BufferedReader(new StringReader(text)));
  }

  @Test
  void synonymsAndIndentedCodesBelongToTheirHeadword() throws IOException {
    List<ActorEntry> entries =
        read("TAJIKISTAN_ [TJK]\n+TAJIK_REPUBLIC_\nEMOMALI_RAKHMONOV_\n\t[TJKGOV 941106-061231]\n");
    assertEquals(2, entries.size());
    assertEquals(2, entries.get(0).phrases().size());
    assertEquals("TJK", entries.get(0).codes().get(0).code());
    assertEquals("TJKGOV", entries.get(1).codes().get(0).code());
  }

  @Test
  void headwordsWithNoCodesOfTheirOwnShareTheCodesThatFollow() throws IOException {
    List<ActorEntry> entries =
        read(
            "BORIS_YELTSIN_  # CountryInfo.txt\n"
                + "BORIS_N._YELTSIN\n"
                + "PRESIDENT_YELTSIN\n"
                + "\t[RUSGOV 910710-991231]\n"
                + "ALEKSANDR_RUTSKOY_ [RUSGOV]\n");
    assertEquals(2, entries.size(), "one entry for the three Yeltsin headwords");
    assertEquals(3, entries.get(0).phrases().size());
    assertEquals("RUSGOV", entries.get(0).codes().get(0).code());
  }
}
