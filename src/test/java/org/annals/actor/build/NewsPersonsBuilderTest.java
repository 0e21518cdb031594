package org.annals.actor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.actor.ActorDictionary;
import org.annals.actor.ActorMention;
import org.annals.actor.ActorRecognizer;
import org.annals.actor.DictionaryActorRecognizer;
import org.annals.text.Sentence;
import org.junit.jupiter.api.Test;

class NewsPersonsBuilderTest {

  private static final LocalDate DAY = LocalDate.of(1987, 3, 5);

  private static List<ActorMention> find(ActorRecognizer r, String text, LocalDate date) {
    return r.find(text, List.of(new Sentence(0, 0, text.length(), text)), date);
  }

  private static List<String> introduced(String text) {
    ActorRecognizer r = new DictionaryActorRecognizer(ActorDictionary.withoutNewsPersons());
    List<String> out = new ArrayList<>();
    for (ActorMention m : find(r, text, DAY)) {
      String name = NewsPersonsBuilder.introduced(m);
      if (name != null) {
        out.add(name + "=" + m.code());
      }
    }
    return out;
  }

  @Test
  void aTitleNamingAStateIntroducesThePersonAfterIt() {
    assertEquals(
        List.of("GERHARD STOLTENBERG=DEUGOV", "HISHAM NAZER=SAUGOV"),
        introduced(
            "West German Finance Minister Gerhard Stoltenberg met Saudi Oil Minister Hisham Nazer."));
    assertEquals(
        List.of("DANIEL ARAP MOI=KENGOV"), introduced("Kenyan President Daniel arap Moi spoke."));
  }

  @Test
  void institutionsAndTitlesWithoutAStateIntroduceNoOne() {
    assertEquals(List.of(), introduced("West German banks Deutsche Bank and Dresdner Bank lent."));
    assertEquals(List.of(), introduced("Prime Minister John Smithers spoke."));
    assertEquals(List.of(), introduced("The U.S. General Services Administration said."));
  }

  @Test
  void theShippedDictionaryNamesAnOfficialBySurnameInTheYearsOfTheNews() {
    // Dilson Funaro, Brazil's finance minister in 1987, is in neither the Phoenix nor the ICEWS
    // files
    ActorRecognizer r = ActorRecognizer.standard();
    String text = "Funaro said the talks were useful.";
    List<ActorMention> in1987 = find(r, text, DAY);
    assertFalse(in1987.isEmpty(), "a finance minister of 1987 news");
    assertEquals("BRA", in1987.get(0).code().substring(0, 3));
    for (ActorMention m : find(r, text, LocalDate.of(2011, 3, 5))) {
      assertFalse(m.code().startsWith("BRA"), "out of office by 2011: " + m);
    }
  }

  @Test
  void aPersonTheShippedDictionariesNameKeepsTheirSurname() {
    // Clayton Yeutter, U.S. Trade Representative, is introduced hundreds of times in 1987 news;
    // a second entry for him would leave "Yeutter" ambiguous
    List<ActorMention> found =
        find(ActorRecognizer.standard(), "Yeutter said Japan must open its markets.", DAY);
    assertFalse(found.isEmpty());
    assertEquals("USA", found.get(0).code().substring(0, 3));
  }

  @Test
  void threeQuartersOfTheIntroductionsDecideTheCode() {
    NewsPersonsBuilder.Seen s = new NewsPersonsBuilder.Seen();
    s.add("DEUGOV", DAY);
    s.add("DEUGOV", DAY.plusDays(3));
    s.add("USAGOV", DAY.plusDays(9));
    assertNull(s.code(), "two of three");
    s.add("DEUGOV", DAY.plusDays(12));
    assertEquals("DEUGOV", s.code());
    assertEquals(DAY.plusDays(12), s.last);
  }
}
